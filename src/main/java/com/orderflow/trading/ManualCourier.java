package com.orderflow.trading;

import java.util.List;

/**
 * A courier without an API: Dispatch types the AWB from the courier's receipt when handing the
 * parcel over, and its scans as the courier reports them (phone, their website). The shop prints its
 * own label.
 */
class ManualCourier implements CourierClient {
    private final String code;
    private final String name;

    ManualCourier(String code, String name) {
        this.code = code;
        this.name = name == null || name.isBlank() ? code : name;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean typesAwb() {
        return true;
    }

    @Override
    public Booking book(ShipmentRequest request) {
        return new Booking(request.typedAwb(), null);
    }

    @Override
    public List<CourierScan> poll(String awb) {
        return List.of();
    }

    @Override
    public boolean signedBy(byte[] body, String signature) {
        return false;
    }
}
