package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A jewelry order as the pages, the API and the tests read it, with its stones, samples, photos and bill. */
public record JewelryOrderView(
        long id, String number, JewelryKind kind, JewelryState state, Instant stateSince,
        String customerName, String customerPhone, String customerLanguage,
        String branch, String counter, String category, DesignSource designSource, String shopItemTag,
        String designDescription, Metal metal, String purity, BigDecimal targetGrams, BigDecimal toleranceGrams,
        String size, BigDecimal makingPerGram, BigDecimal makingFlat, BigDecimal advance, LocalDate dueDate,
        BigDecimal itemGrossGrams, String itemCondition, String repairWork,
        String karigarId, String karigarName, BigDecimal issuedMetalGrams,
        BigDecimal receivedGrossGrams, BigDecimal receivedNetGrams, BigDecimal weightDifferenceGrams,
        BigDecimal labour, String tagNumber, String tagContent,
        List<StoneView> stones, List<SampleView> samples, List<Long> photoIds, HandoverBill bill,
        LocalDate billRateDate, BigDecimal billRate, String handedOverBy, Instant handedOverAt, String createdBy) {

    /** Samples still out with a karigar: the order cannot end while there is one. */
    public long samplesWithKarigar() {
        return samples.stream().filter(s -> s.state() == SampleState.WITH_KARIGAR).count();
    }

    static JewelryOrderView of(JewelryOrder o, String karigarName, List<StoneView> stones, List<SampleView> samples,
            List<Long> photoIds, HandoverBill bill) {
        BigDecimal tagWeight = o.kind() == JewelryKind.REPAIR ? o.receivedGrossGrams() : o.receivedNetGrams();
        String tag = o.tagNumber() == null ? null : JewelryTags.content(o.tagNumber(), o.metal(), o.purity(), tagWeight);
        return new JewelryOrderView(o.id(), o.number(), o.kind(), o.state(), o.stateSince(), o.customerName(),
                o.customerPhone(), o.customerLanguage(), o.branchCode(), o.counterName(), o.category(), o.designSource(),
                o.shopItemTag(), o.designDescription(), o.metal(), o.purity(), o.targetGrams(), o.toleranceGrams(),
                o.size(), o.makingPerGram(), o.makingFlat(), o.advance(), o.dueDate(), o.itemGrossGrams(),
                o.itemCondition(), o.repairWork(), o.karigarId(), karigarName, o.issuedMetalGrams(),
                o.receivedGrossGrams(), o.receivedNetGrams(), o.weightDifferenceGrams(), o.labour(), o.tagNumber(), tag,
                stones, samples, photoIds, bill, o.billRateDate(), o.billRate(), o.handedOverBy(), o.handedOverAt(),
                o.createdBy());
    }
}
