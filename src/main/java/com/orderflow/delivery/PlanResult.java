package com.orderflow.delivery;

import java.util.List;

/**
 * What pressing "plan runs" did: how many ready orders it put on runs, the runs it changed (new,
 * or a zone's planned run that new orders joined) and anything the dispatcher should look at.
 */
public record PlanResult(int ordersPlanned, List<RunView> runs, List<String> warnings) {
}
