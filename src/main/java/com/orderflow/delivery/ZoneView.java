package com.orderflow.delivery;

import java.util.List;

/**
 * A zone of the master with its default delivery boy (null: none) and its localities; its centre is
 * the mean of their points (null while it has none). {@code tableZone} is what the zone table decides
 * for a locality today: where a shop's own row in the table sends it elsewhere ({@code agrees} false),
 * the master and the table need putting right.
 */
public record ZoneView(String name, String defaultDeliveryBoy, Double centreLatitude, Double centreLongitude,
        List<LocalityView> localities) {

    public record LocalityView(String name, String pincode, double latitude, double longitude, String tableZone,
            boolean agrees) {
    }
}
