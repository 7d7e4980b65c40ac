package com.orderflow.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database server that outlived its app. PostgreSQL runs in processes of its own, so when the app's
 * JVM is killed (kill -9, a crash, the task manager) the server goes on running on the data directory,
 * and the next start could not start another one there. After a power cut the opposite happens: no
 * server runs, but its {@code postmaster.pid} is still there and may name a process id that a reboot
 * gave to some other program.
 */
final class LeftoverServer {
    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    static final String PID_FILE = "postmaster.pid";

    private LeftoverServer() {
    }

    /**
     * Stops a server left running on {@code dataDirectory} (a smart shutdown: it finishes what its dead
     * clients left and writes a checkpoint; killed after {@code patience}), and removes a
     * {@code postmaster.pid} that names no server of ours. Servers of other folders are never touched.
     */
    static void clear(Path dataDirectory, Path binaries, Duration patience) throws IOException {
        Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory, binaries);
        List<ProcessHandle> servers = Stream.concat(postmaster.stream(), runningFrom(binaries)).distinct().toList();
        if (!servers.isEmpty()) {
            log.warn("A database server of {} is still running (pid {}), left by an app that was stopped without "
                    + "closing it; stopping it before starting anew", dataDirectory,
                    servers.stream().map(p -> Long.toString(p.pid())).toList());
            postmaster.ifPresent(ProcessHandle::destroy);
            if (!awaitExit(servers, patience)) {
                log.warn("The old database server did not stop within {}; killing it (the next start recovers from "
                        + "its write-ahead log)", patience);
                servers.forEach(ProcessHandle::destroyForcibly);
                awaitExit(servers, Duration.ofSeconds(30));
            }
        }
        removeStalePidFile(dataDirectory);
    }

    /** The server process that {@code postmaster.pid} names, if it is alive and one of ours. */
    private static Optional<ProcessHandle> postmasterOf(Path dataDirectory, Path binaries) throws IOException {
        return pidInFile(dataDirectory).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(process -> isServerOf(process, dataDirectory, binaries));
    }

    /**
     * Ours: a program of our own binaries folder, or a {@code postgres} started on our data directory
     * (the arguments are readable for one's own processes on Linux and macOS).
     */
    private static boolean isServerOf(ProcessHandle process, Path dataDirectory, Path binaries) {
        ProcessHandle.Info info = process.info();
        if (info.command().map(command -> isUnder(Path.of(command), binaries)).orElse(false)) {
            return true;
        }
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
                .filter(name -> name.startsWith("postgres")).isPresent();
        return postgres && info.arguments().map(List::of).orElse(List.of()).contains(dataDirectory.toString());
    }

    /** Processes of our own binaries folder: the server and its workers, even when orphaned. */
    private static Stream<ProcessHandle> runningFrom(Path binaries) {
        if (!Files.isDirectory(binaries)) {
            return Stream.empty();
        }
        return ProcessHandle.allProcesses().filter(process -> process.info().command()
                .map(command -> isUnder(Path.of(command), binaries)).orElse(false));
    }

    /** After a power cut the file names a dead process, or one a reboot gave to another program. */
    private static void removeStalePidFile(Path dataDirectory) throws IOException {
        Optional<Long> pid = pidInFile(dataDirectory);
        if (pid.isEmpty()) {
            return;
        }
        boolean postgresAlive = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .filter(command -> Path.of(command).getFileName().toString().startsWith("postgres")).isPresent();
        if (postgresAlive) {
            // some other PostgreSQL has that id; the server refuses to start and says why in its log
            return;
        }
        log.info("Removing the stale {} of {} (pid {} is not running): the database was not shut down, it recovers "
                + "from its write-ahead log", PID_FILE, dataDirectory, pid.get());
        Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
    }

    private static Optional<Long> pidInFile(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(PID_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::strip).filter(line -> line.matches("\\d{1,10}")).map(Long::valueOf);
        }
    }

    private static boolean isUnder(Path command, Path folder) {
        return command.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration patience) {
        try {
            CompletableFuture.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
