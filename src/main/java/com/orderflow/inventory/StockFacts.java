package com.orderflow.inventory;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts the stock rules ({@code rules/stock-alerts.drl}) reason over. Plain classes with
 * getters, as Drools' MVEL constraints read properties; public because the rules' package reads them.
 */
public final class StockFacts {
    private StockFacts() {
    }

    /** The thresholds of one review, from {@code orderflow.inventory.*}. */
    public static final class Thresholds {
        private final LocalDate today;
        private final int expiryWarningDays;
        private final int slowMovingDays;
        private final int slowMovingMaxUnits;

        public Thresholds(LocalDate today, int expiryWarningDays, int slowMovingDays, int slowMovingMaxUnits) {
            this.today = today;
            this.expiryWarningDays = expiryWarningDays;
            this.slowMovingDays = slowMovingDays;
            this.slowMovingMaxUnits = slowMovingMaxUnits;
        }

        public LocalDate getToday() {
            return today;
        }

        public int getExpiryWarningDays() {
            return expiryWarningDays;
        }

        /** The last day (as an epoch day) on which an expiring batch is worth a warning. */
        public long getWarnUntilEpochDay() {
            return today.plusDays(expiryWarningDays).toEpochDay();
        }

        public int getSlowMovingDays() {
            return slowMovingDays;
        }

        public int getSlowMovingMaxUnits() {
            return slowMovingMaxUnits;
        }
    }

    /**
     * A product's saleable stock (Counter and Advance Booking, unexpired), its units sold in the
     * slow-moving window, and whether it already had stock before that window began.
     */
    public static final class ProductFact {
        private final String sku;
        private final String name;
        private final int reorderLevel;
        private final int onHand;
        private final int soldInWindow;
        private final boolean stockedBeforeWindow;

        public ProductFact(String sku, String name, int reorderLevel, int onHand, int soldInWindow,
                boolean stockedBeforeWindow) {
            this.sku = sku;
            this.name = name;
            this.reorderLevel = reorderLevel;
            this.onHand = onHand;
            this.soldInWindow = soldInWindow;
            this.stockedBeforeWindow = stockedBeforeWindow;
        }

        public String getSku() {
            return sku;
        }

        public String getName() {
            return name;
        }

        public int getReorderLevel() {
            return reorderLevel;
        }

        public int getOnHand() {
            return onHand;
        }

        public int getSoldInWindow() {
            return soldInWindow;
        }

        public boolean isStockedBeforeWindow() {
            return stockedBeforeWindow;
        }
    }

    /** A batch that still has saleable packs (Counter or Advance Booking). */
    public static final class BatchFact {
        private final String sku;
        private final String name;
        private final String batchNumber;
        private final LocalDate expiryDate;
        private final int quantity;

        public BatchFact(String sku, String name, String batchNumber, LocalDate expiryDate, int quantity) {
            this.sku = sku;
            this.name = name;
            this.batchNumber = batchNumber;
            this.expiryDate = expiryDate;
            this.quantity = quantity;
        }

        public String getSku() {
            return sku;
        }

        public String getName() {
            return name;
        }

        public String getBatchNumber() {
            return batchNumber;
        }

        public LocalDate getExpiryDate() {
            return expiryDate;
        }

        public long getExpiryEpochDay() {
            return expiryDate.toEpochDay();
        }

        public int getQuantity() {
            return quantity;
        }
    }

    /** Messages of the alerts, so that the rules say only when an alert is due. */
    public static RaisedAlert lowStock(ProductFact p) {
        return new RaisedAlert(AlertKind.LOW_STOCK, "LOW_STOCK:" + p.getSku(), p.getSku(),
                "Low stock: " + p.getOnHand() + " × " + p.getName() + " left, reorder level " + p.getReorderLevel());
    }

    public static RaisedAlert expiring(BatchFact b, Thresholds t) {
        String when = b.getExpiryDate().isBefore(t.getToday()) ? "expired on " + b.getExpiryDate()
                : "expires on " + b.getExpiryDate();
        return new RaisedAlert(AlertKind.EXPIRING_BATCH, "EXPIRING:" + b.getSku() + ":" + b.getBatchNumber(),
                b.getSku(), "Batch " + b.getBatchNumber() + " of " + b.getName() + " " + when + ": "
                        + b.getQuantity() + " pack(s) still in stock");
    }

    public static RaisedAlert slowMoving(ProductFact p, Thresholds t) {
        return new RaisedAlert(AlertKind.SLOW_MOVING, "SLOW_MOVING:" + p.getSku(), p.getSku(),
                "Slow-moving: " + p.getName() + " sold " + p.getSoldInWindow() + " in the last "
                        + t.getSlowMovingDays() + " days, " + p.getOnHand() + " in stock");
    }

    /** Everything one review reasons over. */
    public record Snapshot(Thresholds thresholds, List<ProductFact> products, List<BatchFact> batches) {
    }
}
