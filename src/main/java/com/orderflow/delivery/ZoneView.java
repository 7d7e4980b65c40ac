package com.orderflow.delivery;

import java.util.List;

/**
 * A zone of the locality master with its localities; its centre is the mean of their points.
 * {@code tableZone} is what the zone table decides for a locality today: where it differs from the
 * master's zone ({@code agrees} false), the master and the table need putting right.
 */
public record ZoneView(String name, double centreLatitude, double centreLongitude, List<LocalityView> localities) {

    public record LocalityView(String name, String pincode, double latitude, double longitude, String tableZone,
            boolean agrees) {
    }
}
