package com.orderflow.jewelry;

/** Where a custom order's design comes from (J1); a repair's is always the customer's own item. */
public enum DesignSource {
    /** a shop item chosen by its tag: the design is clear, the order goes to a karigar at once (J2) */
    SHOP_ITEM,
    /** described in words (and photos): the head office reads it and assigns the karigar */
    DESCRIBED,
    /** a repair: the customer's own piece */
    CUSTOMER_ITEM
}
