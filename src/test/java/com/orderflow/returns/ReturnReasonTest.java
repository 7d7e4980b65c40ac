package com.orderflow.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The delivery boy types what happened; the return starts with the reason his words most likely mean. */
class ReturnReasonTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "Customer refused, not home today | REFUSED",
            "box crushed in transit | DAMAGED",
            "Wrong sweets sent, ordered modak | WRONG_ITEM",
            "मिठाई बासी है | SPOILED",
            "2 pcs missing from the box | MISSING_PIECES",
            "ग्राहकाने घेतले नाही | REFUSED",
            "asked to come tomorrow | OTHER",
            "'' | OTHER"})
    void theDeliveryBoysWordsGiveTheReason(String words, ReturnReason reason) {
        assertEquals(reason, ReturnReason.fromText(words));
    }
}
