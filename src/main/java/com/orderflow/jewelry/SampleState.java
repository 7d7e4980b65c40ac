package com.orderflow.jewelry;

/** Custody of a sample: it is at the shop, with a karigar, back, or gone and accounted for with a note. */
public enum SampleState {
    AT_SHOP, WITH_KARIGAR, RETURNED, LOST_ACCOUNTED
}
