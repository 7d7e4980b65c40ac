package com.orderflow.support;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Browser tests skip without Chromium on a developer's machine, but fail a CI run (CI=true). */
class HeadlessChromiumTest {
    private static final Path NOWHERE = Path.of("/nonexistent/chromium");
    private static final Path SHELL = Path.of("/bin/sh");

    @Test
    void aMissingBrowserFailsTheRunInCi() {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> HeadlessChromium.requireBrowser(Map.of("CI", "true"), NOWHERE, SHELL));
        assertTrue(failed.getMessage().contains("CI=true"), failed.getMessage());
        assertThrows(IllegalStateException.class,
                () -> HeadlessChromium.requireBrowser(Map.of("CI", "TRUE"), SHELL, NOWHERE));
    }

    @Test
    void aMissingBrowserSkipsTheTestOutsideCi() {
        assertThrows(TestAbortedException.class, () -> HeadlessChromium.requireBrowser(Map.of(), NOWHERE, NOWHERE));
        assertThrows(TestAbortedException.class,
                () -> HeadlessChromium.requireBrowser(Map.of("CI", "false"), NOWHERE, NOWHERE));
    }

    @Test
    void anInstalledBrowserIsUsedEitherWay() {
        assertDoesNotThrow(() -> HeadlessChromium.requireBrowser(Map.of("CI", "true"), SHELL, SHELL));
        assertDoesNotThrow(() -> HeadlessChromium.requireBrowser(Map.of(), SHELL, SHELL));
    }
}
