package com.orderflow.jewelry;

/** A custom order (made to order, J1) or a repair of the customer's own item (J9); each has its own number series. */
public enum JewelryKind {
    CUSTOM("JO"), REPAIR("JR");

    private final String prefix;

    JewelryKind(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }
}
