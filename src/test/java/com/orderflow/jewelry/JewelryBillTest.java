package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The handover bill's arithmetic (J5, J8, J9): exact grams, exact rupees, each line rounded to the paisa. */
class JewelryBillTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<String> amounts(HandoverBill bill) {
        return bill.lines().stream().map(l -> l.label() + " " + l.amount().toPlainString()).toList();
    }

    private static final StoneView CUSTOMERS_DIAMONDS = new StoneView(StoneOwner.CUSTOMER, "diamond", 3, d("0.060"),
            d("0.00"), false, 0);
    private static final StoneView SHOP_RUBIES = new StoneView(StoneOwner.SHOP, "ruby", 2, d("0.450"), d("1800.00"), false, 0);

    @Test
    void aHeavierPieceShowsItsExtraWeightOnItsOwnLine() {
        HandoverBill bill = HandoverBill.custom(d("10.000"), d("10.250"), d("6650.00"), "(GOLD 22K)", d("450.00"),
                d("0.00"), List.of(CUSTOMERS_DIAMONDS, SHOP_RUBIES), d("20000.00"));

        assertEquals(List.of("Metal 66500.00", "Extra weight 1662.50", "Making charges 4612.50", "Stones 1800.00",
                "Customer's stones 0.00"), amounts(bill));
        assertEquals("3 x diamond (0.060 g): all 3 set in the piece; not charged", bill.lines().get(4).detail());
        assertEquals(d("74575.00"), bill.subtotal());
        assertEquals(d("20000.00"), bill.advance());
        assertEquals(d("54575.00"), bill.due());
        assertEquals("0.250 g over the ordered 10.000 g x Rs.6650.00/g", bill.lines().get(1).detail());
    }

    @Test
    void aLighterPiecePaysForTheMetalItHasAndHasNoExtraLine() {
        HandoverBill bill = HandoverBill.custom(d("10.000"), d("9.820"), d("6650.00"), "(GOLD 22K)", d("450.00"),
                d("0.00"), List.of(), d("0.00"));

        assertEquals(List.of("Metal 65303.00", "Making charges 4419.00"), amounts(bill));
        assertEquals(d("69722.00"), bill.due());
    }

    @Test
    void eachLineIsRoundedHalfUpToThePaisaOnItsOwn() {
        HandoverBill bill = HandoverBill.custom(d("8.300"), d("8.347"), d("6653.37"), "(GOLD 22K)", d("437.50"),
                d("150.00"), List.of(), d("5000.00"));

        // 8.300 × 6653.37 = 55222.971; 0.047 × 6653.37 = 312.70839; 8.347 × 437.50 + 150 = 3801.8125
        assertEquals(List.of("Metal 55222.97", "Extra weight 312.71", "Making charges 3801.81"), amounts(bill));
        assertEquals(d("59337.49"), bill.subtotal());
        assertEquals(d("54337.49"), bill.due());
    }

    @Test
    void aRepairBillsOnlyTheAddedWeightLabourAndTheShopsStones() {
        StoneView added = new StoneView(StoneOwner.SHOP, "CZ", 1, d("0.020"), d("350.00"), true, 0);
        HandoverBill bill = HandoverBill.repair(d("0.550"), d("6650.00"), "(GOLD 22K)", d("800.00"), List.of(added),
                d("500.00"));

        // 0.550 g gained, of which 0.020 g is the CZ billed at its price: 0.530 g of metal
        assertEquals(List.of("Added weight 3524.50", "Labour 800.00", "Stones 350.00"), amounts(bill));
        assertEquals(d("4674.50"), bill.subtotal());
        assertEquals(d("4174.50"), bill.due());
    }

    @Test
    void aStoneTheKarigarSetInARepairIsNotBilledAgainAsMetal() {
        StoneView added = new StoneView(StoneOwner.SHOP, "ruby", 1, d("0.250"), d("1200.00"), true, 0);
        HandoverBill bill = HandoverBill.repair(d("0.250"), d("6650.00"), "(GOLD 22K)", d("0.00"), List.of(added),
                d("0.00"));

        assertEquals(List.of("Stones 1200.00"), amounts(bill), "the whole gain is the ruby: no metal was added");
        assertEquals(d("1200.00"), bill.due());
    }

    @Test
    void aRepairsAddedMetalLineSaysWhatWasTakenOff() {
        StoneView added = new StoneView(StoneOwner.SHOP, "CZ", 1, d("0.020"), d("350.00"), true, 0);
        HandoverBill bill = HandoverBill.repair(d("0.550"), d("6650.00"), "(GOLD 22K)", null, List.of(added), null);

        assertEquals("0.530 g (0.550 g added less 0.020 g of stones) x Rs.6650.00/g (GOLD 22K)",
                bill.lines().get(0).detail());
    }

    @Test
    void aRepairThatCameBackLighterPaysNoMetal() {
        HandoverBill bill = HandoverBill.repair(d("-0.120"), d("6650.00"), "(GOLD 22K)", d("300.00"), List.of(),
                d("0.00"));

        assertEquals(List.of("Labour 300.00"), amounts(bill));
        assertEquals(d("300.00"), bill.due());
    }

    @Test
    void anAdvanceLargerThanTheBillIsMoneyToReturnNeverANegativeDue() {
        HandoverBill bill = HandoverBill.repair(d("-0.120"), d("6650.00"), "(GOLD 22K)", d("300.00"), List.of(),
                d("1800.00"));

        assertEquals(d("300.00"), bill.subtotal());
        assertEquals(d("0.00"), bill.due(), "nothing is due");
        assertEquals(d("1500.00"), bill.toReturn());
        assertEquals("bill Rs.300.00 - advance Rs.1800.00 = Rs.1500.00 to return to the customer", bill.settlement());
    }

    @Test
    void aBillLargerThanTheAdvanceReturnsNothing() {
        HandoverBill bill = HandoverBill.repair(d("-0.120"), d("6650.00"), "(GOLD 22K)", d("300.00"), List.of(),
                d("100.00"));

        assertEquals(d("200.00"), bill.due());
        assertEquals(d("0.00"), bill.toReturn());
        assertEquals("bill Rs.300.00 - advance Rs.100.00 = Rs.200.00 to pay", bill.settlement());
    }
}
