package com.orderflow.operations;

/**
 * One thing the consistency check found wrong: the area (ORDER, RUN, RETURN, JEWELRY, ENGINE,
 * STOCK, BILLS), what it is about (an order number, a run, a bill series …) and what is wrong.
 */
public record Finding(String area, String subject, String problem) {
    @Override
    public String toString() {
        return area + " " + subject + ": " + problem;
    }
}
