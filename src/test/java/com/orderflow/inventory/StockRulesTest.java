package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.orderflow.inventory.StockFacts.BatchFact;
import com.orderflow.inventory.StockFacts.ProductFact;
import com.orderflow.inventory.StockFacts.Thresholds;

/** Each rule of rules/stock-alerts.drl fires on its condition and stays silent otherwise. */
class StockRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Thresholds THRESHOLDS = new Thresholds(TODAY, 3, 14, 2);
    private static StockRules rules;

    @BeforeAll
    static void buildOnce() {
        rules = new StockRules();
    }

    private static List<String> keys(List<ProductFact> products, List<BatchFact> batches) {
        return rules.evaluate(new StockFacts.Snapshot(THRESHOLDS, products, batches)).stream()
                .map(RaisedAlert::conditionKey).sorted().toList();
    }

    /** A product that sells well and is well stocked: no rule has anything to say about it. */
    private static ProductFact healthy(String sku, int onHand, int reorderLevel) {
        return new ProductFact(sku, "Kaju Katli 1 kg", reorderLevel, onHand, 30, true);
    }

    @Test
    void lowStockFiresBelowTheReorderLevelOnly() {
        assertEquals(List.of("LOW_STOCK:KK-1KG"), keys(List.of(healthy("KK-1KG", 4, 5)), List.of()));
        assertEquals(List.of(), keys(List.of(healthy("KK-1KG", 5, 5)), List.of()));
        assertEquals(List.of(), keys(List.of(healthy("KK-1KG", 0, 0)), List.of()), "no reorder level, no alert");
    }

    @Test
    void expiringBatchFiresWithinTheWarningDaysAndForExpiredPacks() {
        BatchFact inThreeDays = new BatchFact("KK-1KG", "Kaju Katli 1 kg", "B1", TODAY.plusDays(3), 2);
        BatchFact expired = new BatchFact("KK-1KG", "Kaju Katli 1 kg", "B0", TODAY.minusDays(1), 1);
        BatchFact inFourDays = new BatchFact("KK-1KG", "Kaju Katli 1 kg", "B2", TODAY.plusDays(4), 2);
        BatchFact empty = new BatchFact("KK-1KG", "Kaju Katli 1 kg", "B3", TODAY.plusDays(1), 0);
        assertEquals(List.of("EXPIRING:KK-1KG:B0", "EXPIRING:KK-1KG:B1"),
                keys(List.of(healthy("KK-1KG", 20, 5)), List.of(inThreeDays, expired, inFourDays, empty)));
    }

    @Test
    void slowMovingFiresForStockThatSatThroughTheWindowUnsold() {
        ProductFact slow = new ProductFact("CHK-500", "Chakli 500 g", 0, 12, 2, true);
        ProductFact selling = new ProductFact("CHK-500", "Chakli 500 g", 0, 12, 3, true);
        ProductFact newlyStocked = new ProductFact("CHK-500", "Chakli 500 g", 0, 12, 0, false);
        ProductFact soldOut = new ProductFact("CHK-500", "Chakli 500 g", 0, 0, 0, true);
        assertEquals(List.of("SLOW_MOVING:CHK-500"), keys(List.of(slow), List.of()));
        assertEquals(List.of(), keys(List.of(selling, newlyStocked, soldOut), List.of()));
    }

    @Test
    void alertsSayWhatIsWrongInWords() {
        List<RaisedAlert> alerts = rules.evaluate(new StockFacts.Snapshot(THRESHOLDS,
                List.of(new ProductFact("KK-1KG", "Kaju Katli 1 kg", 5, 3, 10, true)), List.of()));
        assertEquals("Low stock: 3 × Kaju Katli 1 kg left, reorder level 5", alerts.get(0).message());
    }
}
