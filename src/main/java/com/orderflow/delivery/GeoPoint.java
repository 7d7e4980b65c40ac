package com.orderflow.delivery;

/**
 * A point on the map in WGS 84 degrees. Distances are great-circle (haversine) metres as a
 * {@code double}: they only rank stops against each other, and a locality's point is itself only
 * good to a few hundred metres, so neither {@code BigDecimal} nor road distances would change an
 * answer here. They are straight lines, not what a bike's odometer reads.
 */
public record GeoPoint(double latitude, double longitude) {
    /** The mean Earth radius (IUGG), in metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
        }
    }

    /** Whether these are degrees on Earth; for checking input before making a point of it. */
    static boolean valid(Double latitude, Double longitude) {
        return latitude != null && longitude != null && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180;
    }

    /** Great-circle distance in metres. */
    public double metresTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
