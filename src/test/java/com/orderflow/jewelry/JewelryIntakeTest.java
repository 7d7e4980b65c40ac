package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/** The intake rules (J1, J9): every broken rule is named with its field at once. */
class JewelryIntakeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<BranchView> BRANCHES = List.of(
            new BranchView("HO", "Head office", true, List.of("Counter 1")),
            new BranchView("BOR", "Borivali", false, List.of("Counter 1", "Counter 2")));

    private static Map<String, String> problems(NewJewelryOrder order) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> JewelryIntake.check(order, BRANCHES, TODAY));
        Map<String, String> byField = new TreeMap<>();
        for (FieldProblem p : e.problems()) {
            byField.put(p.field(), p.message());
        }
        return byField;
    }

    @Test
    void aCompleteCustomOrderPasses() {
        JewelryIntake.Checked checked = JewelryIntake.check(JewelryFixtures.customRing("BOR", TODAY.plusDays(10)).build(),
                BRANCHES, TODAY);
        assertEquals("+919820012345", checked.phone());
        assertEquals("ring", checked.category());
        assertEquals(DesignSource.SHOP_ITEM, checked.designSource());
    }

    @Test
    void everyBrokenRuleOfACustomOrderIsNamed() {
        NewJewelryOrder order = JewelryFixtures.customRing("BOR", TODAY).counter("Counter 9").category("tiara")
                .purity("21K").target("-1").tolerance("0.0005").shopItemTag("").advance("10.005")
                .stone(new NewJewelryOrder.NewStone(StoneOwner.SHOP, "ruby", 0, new BigDecimal("0.1"), null))
                .sample(new NewJewelryOrder.NewSample(null, " ")).build();

        Map<String, String> problems = problems(order);

        assertEquals("must be a counter of Borivali: [Counter 1, Counter 2]", problems.get("counter"));
        assertEquals("must be one of [ring, chain, bangle, bracelet, necklace, earring, pendant, mangalsutra, anklet, other]",
                problems.get("category"));
        assertEquals("must be one of [24K, 22K, 18K, 14K] for GOLD", problems.get("purity"));
        assertEquals("must be after today (2026-03-02)", problems.get("dueDate"));
        assertEquals("must be more than 0 g", problems.get("targetGrams"));
        assertEquals("has more than 3 decimals: grams are weighed to the milligram", problems.get("toleranceGrams"));
        assertEquals("is required when the design is a shop item: scan its tag", problems.get("shopItemTag"));
        assertEquals("has more than 2 decimals (paise)", problems.get("advance"));
        assertEquals("must be at least 1", problems.get("stones[0].count"));
        assertEquals("is required for the shop's stones", problems.get("stones[0].price"));
        assertEquals("is required: SHOP or CUSTOMER", problems.get("samples[0].kind"));
        assertEquals("is required", problems.get("samples[0].description"));
    }

    @Test
    void aRepairNeedsTheItemsWeightConditionAndWork() {
        NewJewelryOrder order = JewelryFixtures.repair("HO", TODAY.plusDays(4)).itemGross(null).itemCondition(" ")
                .repairWork(null).build();

        Map<String, String> problems = problems(order);

        assertEquals(Map.of("itemGrossGrams", "is required (grams)",
                "itemCondition", "is required: the item's condition as received",
                "repairWork", "is required: the work asked for"), problems);
    }

    @Test
    void anUnknownBranchIsNamedWithTheBranchesThereAre() {
        assertEquals("must be one of the branches: [HO, BOR]",
                problems(JewelryFixtures.customRing("MIRA", TODAY.plusDays(3)).build()).get("branch"));
    }
}
