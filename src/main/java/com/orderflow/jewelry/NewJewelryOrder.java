package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as taken at a counter (J1). A custom order needs a design (a shop item's tag or a
 * description), the metal, purity and target weight; a repair needs the item's weight as received,
 * its condition and the work asked for. Weights in grams (at most 3 decimals), money in rupees.
 */
public record NewJewelryOrder(
        JewelryKind kind,
        String customerName, String customerPhone, String customerLanguage, String customerChannel,
        String branch, String counter,
        String category, DesignSource designSource, String shopItemTag, String designDescription,
        Metal metal, String purity, BigDecimal targetGrams, BigDecimal toleranceGrams, String size,
        BigDecimal makingPerGram, BigDecimal makingFlat, BigDecimal advance, LocalDate dueDate,
        BigDecimal itemGrossGrams, String itemCondition, String repairWork, BigDecimal labour,
        List<NewStone> stones, List<NewSample> samples) {

    /** A stone: the customer's own (count, weight, description) or the shop's (with its price). */
    public record NewStone(StoneOwner owner, String description, Integer count, BigDecimal grams, BigDecimal price) {
    }

    /** A sample the karigar works from. */
    public record NewSample(SampleKind kind, String description) {
    }
}
