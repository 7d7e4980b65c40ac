package com.orderflow.billing;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CashUps extends JpaRepository<CashUp, Long> {

    /** The day's counts, latest first. */
    List<CashUp> findByDayOrderByIdDesc(LocalDate day);
}
