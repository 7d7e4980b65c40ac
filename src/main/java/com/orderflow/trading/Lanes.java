package com.orderflow.trading;

/**
 * A shipment's lane, from the warehouse's pincode to the customer's: LOCAL (the same sorting
 * district, the first three digits), REGIONAL (the same postal circle, the first two) or NATIONAL.
 * Promises and predictions are per carrier and lane.
 */
final class Lanes {
    static final String LOCAL = "LOCAL";
    static final String REGIONAL = "REGIONAL";
    static final String NATIONAL = "NATIONAL";

    private Lanes() {
    }

    static String of(String originPincode, String destinationPincode) {
        if (originPincode.regionMatches(0, destinationPincode, 0, 3)) {
            return LOCAL;
        }
        if (originPincode.regionMatches(0, destinationPincode, 0, 2)) {
            return REGIONAL;
        }
        return NATIONAL;
    }
}
