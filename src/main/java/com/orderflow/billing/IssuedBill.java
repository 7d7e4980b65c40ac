package com.orderflow.billing;

import java.math.BigDecimal;

/** The bill the order process got: its number and total (also when it had been issued before). */
public record IssuedBill(String number, BigDecimal total, boolean newlyIssued) {
}
