package com.orderflow.delivery;

/**
 * A locality for the master (K15): its name as addresses spell it, its pincode, its zone (one of
 * the master's zones), and the point that stands for every address in it on a route. {@code zone}
 * may be left out when the zone table decides one for the pincode (all its localities are in one
 * zone).
 */
public record NewLocality(String name, String pincode, String zone, Double latitude, Double longitude) {
}
