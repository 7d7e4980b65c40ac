package com.orderflow.platform.bootstrap;

/**
 * A start-up step that fills demo data (demo mode only, checked by each step): optional, so a failure
 * is logged and the app starts without it.
 */
public interface DemoData extends StartupStep {

    @Override
    default boolean optional() {
        return true;
    }
}
