package com.orderflow.trading;

/**
 * A unit's serial recorded at quality control.
 *
 * @param unitsWithoutSerial how many of the order's units still wait for theirs
 */
public record SerialView(String orderNumber, String serial, String sku, int unitsWithoutSerial) {
}
