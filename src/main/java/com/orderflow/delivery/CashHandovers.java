package com.orderflow.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CashHandovers extends JpaRepository<CashHandover, Long> {
    /** The hand-overs of a shop day, in the order they were recorded. */
    List<CashHandover> findByBusinessDayOrderByIdAsc(LocalDate day);

    /** A delivery boy's hand-over of a shop day, if it was recorded. */
    Optional<CashHandover> findByBusinessDayAndDeliveryBoy(LocalDate day, String deliveryBoy);
}
