package com.orderflow.returns;

/** What inspection made of returned packs: back on the counter, or thrown away. */
public enum PackOutcome {
    RESTOCKED, SCRAPPED
}
