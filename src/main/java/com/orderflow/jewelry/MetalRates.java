package com.orderflow.jewelry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MetalRates extends JpaRepository<MetalRate, Long> {
    /** The rate of one metal and purity on one day. */
    Optional<MetalRate> findByDateAndMetalAndPurity(LocalDate date, Metal metal, String purity);

    /** A day's rates. */
    List<MetalRate> findByDateOrderByMetalAscPurityAsc(LocalDate date);
}
