package com.orderflow.delivery;

import java.util.List;

/**
 * What pressing "plan runs" did: how many ready orders it put on runs, the runs it changed (new,
 * or a zone's planned run that new orders joined), anything the dispatcher should look at, and
 * the numbers of the changed runs that have no delivery boy (their zone has no default one): they
 * wait for the dispatcher to choose.
 */
public record PlanResult(int ordersPlanned, List<RunView> runs, List<String> warnings, List<Long> runsWithoutDeliveryBoy) {
}
