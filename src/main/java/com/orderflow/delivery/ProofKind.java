package com.orderflow.delivery;

/** What a proof of delivery is: a photo of the goods at the door, or the customer's signature. */
public enum ProofKind {
    PHOTO, SIGNATURE
}
