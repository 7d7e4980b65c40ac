package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.ShipmentBooking;

/** Books the shipment with its courier: AWB, label, promise, OTP (1008). A courier's failure is retried by the engine. */
@Component("bookShipmentDelegate")
class BookShipmentDelegate implements JavaDelegate {
    private final ShipmentBooking booking;
    private final OrderIds ids;

    BookShipmentDelegate(ShipmentBooking booking, OrderIds ids) {
        this.booking = booking;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        booking.book(ids.of(execution));
    }
}
