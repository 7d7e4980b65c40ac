package com.orderflow.jewelry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MorningReports extends JpaRepository<MorningReport, Long> {
    /** The newest report. */
    Optional<MorningReport> findFirstByOrderByIdDesc();
}
