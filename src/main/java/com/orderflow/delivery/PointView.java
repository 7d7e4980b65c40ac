package com.orderflow.delivery;

/**
 * An order's address and where its stop is routed, for pinning its exact point on a page: the
 * point pinned for the order (source ORDER), else its locality's in the master (LOCALITY), else none
 * (NONE, latitude and longitude null). The shop's point and the map's tiles (empty: none, offline)
 * centre and draw the map.
 */
public record PointView(String orderNumber, String customerName, String address, String locality, String pincode,
        Double latitude, Double longitude, String source, double shopLatitude, double shopLongitude, String tileUrl,
        String tileAttribution) {
}
