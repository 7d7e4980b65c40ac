package com.orderflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Adobe's S3Mock, an S3-compatible server, in a JVM of its own on a free local port (its own Spring
 * Boot app and libraries stay out of the tests' class path). The executable jar is copied under
 * target/s3mock by the build (pom.xml). Never the internet.
 */
public final class S3MockServer implements AutoCloseable {
    private static final Path JAR = Path.of("target", "s3mock", "s3mock-exec.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private S3MockServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts S3Mock with these buckets and waits until it answers. */
    public static S3MockServer start(String... buckets) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build with mvn (the dependency plugin copies it)");
        }
        int http = freePort();
        int https = freePort();
        try {
            Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "s3mock-");
            Path log = folder.resolve("s3mock.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-jar", JAR.toAbsolutePath().toString(),
                    "--server.port=" + https, "--com.adobe.testing.s3mock.http-port=" + http, "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.store.root=" + folder.resolve("store"),
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets)))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            S3MockServer server = new S3MockServer(builder.start(), http, log);
            server.awaitUp(Duration.ofMinutes(2));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitUp(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("S3Mock exited while starting:\n" + logText());
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("S3Mock did not come up within " + timeout + ":\n" + logText());
    }

    private String logText() {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
