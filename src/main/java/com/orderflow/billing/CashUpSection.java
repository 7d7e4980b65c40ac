package com.orderflow.billing;

import java.math.BigDecimal;

/**
 * One source of the day's money in the cash-up: which ({@code key}, shown as the message
 * {@code billing.cashup.section.<key>}), where it is listed ({@code order}, smaller first), how many
 * sales or payments, and what each payment mode brought in (negative for money paid back).
 */
public record CashUpSection(String key, int order, int entries, BigDecimal cash, BigDecimal upi, BigDecimal card) {
}
