package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The money on a bill, to the paisa, and the shape of its number. */
class BillCalculatorTest {
    private static final List<BillCalculator.Input> LINES = List.of(
            new BillCalculator.Input("KK-1KG", "Kaju Katli", "1 kg", 2, new BigDecimal("1200"), new BigDecimal("100"),
                    new BigDecimal("5")),
            new BillCalculator.Input("MOD-500", "Modak", "500 g", 3, new BigDecimal("149.99"), null,
                    new BigDecimal("12")),
            new BillCalculator.Input("KAR-250", "Karanji", "250 g", 1, new BigDecimal("180"), BigDecimal.ZERO, null));

    @Test
    void withoutGstTheBillIsTheLinesLessDiscountsAndCarriesNoTax() {
        var bill = BillCalculator.compute(LINES, new BigDecimal("29.97"), false);

        assertThat(bill.subtotal()).isEqualByComparingTo("3029.97");
        assertThat(bill.lineDiscount()).isEqualByComparingTo("100");
        assertThat(bill.taxable()).isEqualByComparingTo("2900.00");
        assertThat(bill.cgst()).isEqualByComparingTo("0").isEqualTo(bill.sgst());
        assertThat(bill.grandTotal()).isEqualTo(new BigDecimal("2900.00"));
    }

    @Test
    void gstIsHalfCentralHalfStatePerLineRoundedHalfUpToThePaisaOnThePriceAfterDiscounts() {
        var bill = BillCalculator.compute(LINES, BigDecimal.ZERO, true);

        var kaju = bill.lines().get(0);
        assertThat(kaju.taxable()).isEqualByComparingTo("2300.00");
        assertThat(kaju.cgst()).isEqualByComparingTo("57.50");
        assertThat(kaju.sgst()).isEqualByComparingTo("57.50");
        var modak = bill.lines().get(1);
        // 449.97 × 6 % = 26.9982 → 27.00 each
        assertThat(modak.taxable()).isEqualByComparingTo("449.97");
        assertThat(modak.cgst()).isEqualByComparingTo("27.00");
        var karanji = bill.lines().get(2);
        assertThat(karanji.gstRate()).isEqualByComparingTo("0");
        assertThat(karanji.cgst()).isEqualByComparingTo("0");
        assertThat(bill.cgst()).isEqualByComparingTo("84.50");
        assertThat(bill.sgst()).isEqualByComparingTo("84.50");
        // paise kept exact: no rounding of the grand total to the rupee
        assertThat(bill.grandTotal()).isEqualTo(new BigDecimal("3098.97"));
    }

    @Test
    void aBillDiscountIsSharedOverTheLinesToThePaisaAndLowersTheTax() {
        var bill = BillCalculator.compute(LINES, new BigDecimal("100.01"), true);

        BigDecimal shares = bill.lines().stream().map(BillCalculator.Line::billDiscount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares).isEqualByComparingTo("100.01");
        assertThat(bill.lines()).allSatisfy(line -> assertThat(line.taxable().signum()).isNotNegative());
        assertThat(bill.taxable()).isEqualByComparingTo("2829.96");
        assertThat(bill.grandTotal()).isEqualByComparingTo(bill.taxable().add(bill.cgst()).add(bill.sgst()));
        assertThat(bill.cgst()).isLessThan(new BigDecimal("84.50"));
    }

    @Test
    void aBillDiscountAboveWhatTheLinesComeToIsRefused() {
        assertThatThrownBy(() -> BillCalculator.compute(LINES, new BigDecimal("2929.98"), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFinancialYearStartsOnTheFirstOfAprilAndNumbersFitTheGstLimit() {
        assertThat(DocumentNumbers.fyStart(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(DocumentNumbers.fyStart(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
        assertThat(DocumentNumbers.format("KB", 2026, 1)).isEqualTo("KB-2627-000001");
        assertThat(DocumentNumbers.format("CN", 2099, 42)).isEqualTo("CN-9900-000042");
        assertThat(DocumentNumbers.format("ABCD", 2026, 999_999)).hasSizeLessThanOrEqualTo(16)
                .matches("[A-Za-z0-9/-]+");
    }

    @Test
    void upiValuesArePercentEncodedWithSpacesAsPercent20AndTheAtSignKept() {
        assertThat(UpiLinks.encode("Kokanastha Sweets & Farsan")).isEqualTo("Kokanastha%20Sweets%20%26%20Farsan");
        assertThat(UpiLinks.encode("shop@okaxis")).isEqualTo("shop@okaxis");
        assertThat(UpiLinks.encode("मोदक=1+1")).isEqualTo("%E0%A4%AE%E0%A5%8B%E0%A4%A6%E0%A4%95%3D1%2B1");
    }
}
