package com.orderflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident memory of this JVM (the app and the benchmark's driver threads) from /proc (Linux). */
final class Memory {
    private Memory() {
    }

    /** VmRSS in kB, or -1 where /proc is not there. */
    static long rssKb() {
        return field("VmRSS:");
    }

    /** VmHWM (the peak resident size) in kB, or -1. */
    static long peakKb() {
        return field("VmHWM:");
    }

    /** The heap in use after a full collection, in MB: what the app itself holds, whatever -Xmx allows. */
    static double heapAfterGcMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
    }

    /** The heap the JVM has taken from the system, in MB (it grows towards -Xmx and is seldom given back). */
    static double heapCommittedMb() {
        return Runtime.getRuntime().totalMemory() / 1048576.0;
    }

    /** The largest heap the JVM may take (-Xmx), in MB. */
    static double heapMaxMb() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
