package com.orderflow.delivery;

/**
 * A zone for the master (K15): its name as runs and the zones page show it, and the delivery boy
 * who rides it by default (a member of the delivery group; blank for none: the dispatcher chooses).
 */
public record NewZone(String name, String defaultDeliveryBoy) {
}
