package com.orderflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.orderflow.OrderflowApplication;

/**
 * The app in a JVM of its own, as a shop PC runs it: the test classpath, the default database, its
 * working directory a fresh folder under target/ (so that {@code ./data/} lands there). It can be
 * killed the way a power cut kills it: the JVM and the database server it started, both with
 * SIGKILL, nothing flushed or closed.
 */
public final class ChildApp implements AutoCloseable {
    /** Where the embedded database keeps its data directory, relative to the working directory. */
    public static final Path DATABASE_DATA = Path.of("data", "postgres", "data");

    private final Path folder;
    private final List<String> arguments;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    private ChildApp(Path folder, List<String> arguments) {
        this.folder = folder;
        this.arguments = arguments;
        this.port = freePort();
    }

    /** An app on a new, empty folder under target/ (the test JVM's tmpdir), not yet started. */
    public static ChildApp inNewFolder(String name, String... arguments) {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), name + "-" + System.nanoTime()).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChildApp(folder, List.of(arguments));
    }

    public Path folder() {
        return folder;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the JVM (returns at once); its output goes to app-N.log in the folder. */
    public ChildApp start() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m",
                // a short-lived app under a light load: start quickly rather than run fast for hours
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                // the embedded PostgreSQL binaries are unpacked once for the whole build, under target/
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Duser.timezone=UTC",
                "-cp", applicationClassPath(), OrderflowApplication.class.getName(),
                "--server.port=" + port));
        command.addAll(arguments);
        try {
            starts++;
            Files.writeString(log(), String.join(" ", command) + System.lineSeparator());
            process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the app answers its health check with UP; fails with the log's tail if it exits first. */
    public ChildApp awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("the app did not come up within " + timeout + ":\n" + logTail());
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * A power cut: SIGKILL to the app's JVM and, right after, to the database server it started and
     * every process of that server (read from the data directory's postmaster.pid, when there is one).
     */
    public void powerCut() {
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(process.toHandle());
        postmaster().ifPresent(postmaster -> {
            victims.add(postmaster);
            postmaster.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        victims.forEach(victim -> victim.onExit().orTimeout(30, TimeUnit.SECONDS).join());
    }

    /** The app's JVM dies (SIGKILL); the database server it started goes on running, as after a crash. */
    public void crash() {
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** The database server of this folder, if it runs. */
    public Optional<ProcessHandle> postmaster() {
        Path pidFile = folder.resolve(DATABASE_DATA).resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::strip).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                    .flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Shuts the app down as an operator would (SIGTERM, then waits); kills what is left after a minute. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // a server left running by a killed app must not outlive the test
        postmaster().ifPresent(postmaster -> {
            postmaster.destroy();
            postmaster.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> {
                postmaster.destroyForcibly();
                return postmaster;
            }).join();
        });
    }

    private Path log() {
        return folder.resolve("app-" + starts + ".log");
    }

    /** The test JVM's class path without the test classes: the app as it ships, with no test beans in it. */
    private static String applicationClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
