package com.orderflow.platform.bootstrap;

/**
 * Work the app does at every start before it takes any request: making sure groups, users, number
 * series and keys exist, and in demo mode filling demo data. Steps run one after another in their
 * {@code @Order}, each idempotent (it runs on every node at every start). A required step that fails
 * stops the start; an optional one (demo data) is logged and the app starts without it.
 */
public interface StartupStep {

    void run();

    /** Demo data and other extras the app works without; required unless said otherwise. */
    default boolean optional() {
        return false;
    }
}
