package com.orderflow.delivery;

/**
 * Where a delivery run is. This slice plans runs; taking a run out, finishing and cancelling it
 * come with the delivery-run process, which adds their states.
 */
public enum RunState {
    /** Planned by the dispatcher; stops may still move between runs. */
    PLANNED
}
