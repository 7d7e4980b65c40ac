package com.orderflow.delivery;

/**
 * A locality for the master (K15): its name as addresses spell it, its pincode, and the point
 * that stands for every address in it on a route. {@code zone} may be left out: the zone table
 * decides it; if given, it must be what the table decides.
 */
public record NewLocality(String name, String pincode, String zone, Double latitude, Double longitude) {
}
