package com.orderflow.inventory;

import java.util.List;

/** A counter sale as the cashier enters it: each line a SKU or a scanned pack label, and how many. */
public record CounterSaleRequest(List<Line> lines) {
    public record Line(String code, Integer quantity) {
    }
}
