package com.orderflow.delivery;

/** Where a delivery run is: planned (stops may still move), on the road, or done. */
public enum RunState {
    /** Planned by the dispatcher; stops may still move between runs. */
    PLANNED,
    /** Taken out: its delivery-run process runs, the delivery boy completes stops and sends positions. */
    ACTIVE,
    /** Every stop ended delivered or returned. */
    COMPLETED
}
