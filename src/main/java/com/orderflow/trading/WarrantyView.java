package com.orderflow.trading;

import java.time.LocalDate;

/**
 * A unit's warranty as its public page and the order page show it.
 *
 * @param active whether it covers today
 */
public record WarrantyView(String orderNumber, String customerFirstName, String language, String product,
        String serial, LocalDate startsOn, LocalDate endsOn, int months, boolean active, String token) {
}
