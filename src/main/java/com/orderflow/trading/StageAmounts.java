package com.orderflow.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A purchase order's value shared out over its stages by their percentages, to the paisa: each
 * stage's exact share is cut to whole paise, and the paise left over go one each to the stages that
 * lost the most in the cut (the earlier stage first among equals). The amounts always add up to the
 * value exactly, whatever the value and percentages.
 */
final class StageAmounts {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StageAmounts() {
    }

    static Map<VendorStageKind, BigDecimal> split(BigDecimal value, Map<VendorStageKind, BigDecimal> percentages) {
        long totalPaise = value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        Map<VendorStageKind, Long> paise = new EnumMap<>(VendorStageKind.class);
        List<Map.Entry<VendorStageKind, BigDecimal>> remainders = new ArrayList<>();
        long given = 0;
        for (VendorStageKind stage : VendorStageKind.values()) {
            BigDecimal exact = BigDecimal.valueOf(totalPaise).multiply(percentages.get(stage))
                    .divide(HUNDRED, 10, RoundingMode.DOWN);
            long whole = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            paise.put(stage, whole);
            remainders.add(Map.entry(stage, exact.subtract(BigDecimal.valueOf(whole))));
            given += whole;
        }
        remainders.sort(Comparator.<Map.Entry<VendorStageKind, BigDecimal>, BigDecimal>comparing(Map.Entry::getValue)
                .reversed().thenComparing(e -> e.getKey().ordinal()));
        for (int i = 0; given < totalPaise; i++, given++) {
            paise.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
        }
        Map<VendorStageKind, BigDecimal> amounts = new EnumMap<>(VendorStageKind.class);
        paise.forEach((stage, p) -> amounts.put(stage, BigDecimal.valueOf(p).movePointLeft(2).setScale(2)));
        return amounts;
    }
}
