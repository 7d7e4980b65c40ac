package com.orderflow.jewelry;

import java.util.Set;

/**
 * Where a jewelry order is, as the order box, the karigar desk and the morning report show it. A
 * projection written by the processes at their milestones; the process owns what comes next.
 */
public enum JewelryState {
    /** taken at a counter, in the head office's order box until a karigar is chosen */
    ORDER_BOX,
    /** a karigar is chosen; metal, stones and samples are not yet handed over */
    ASSIGNED,
    /** the karigar has the work (and any samples) */
    WITH_KARIGAR,
    /** back from the karigar: weights recorded, awaiting approval or quality check */
    BACK_FROM_KARIGAR,
    /** checked and tagged, waiting to leave for its branch */
    TAGGED,
    /** on its way to the branch/counter */
    IN_TRANSIT,
    /** at the counter, the customer told */
    READY,
    /** handed over and billed */
    HANDED_OVER;

    /** Work that a karigar has or is about to have: his workload, the slips. */
    static final Set<JewelryState> AT_KARIGAR = Set.of(ASSIGNED, WITH_KARIGAR);
}
