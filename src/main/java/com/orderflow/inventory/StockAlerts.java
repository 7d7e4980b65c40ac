package com.orderflow.inventory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockAlerts extends JpaRepository<StockAlert, Long> {
    /** Alerts in a status, newest first. */
    List<StockAlert> findByStatusOrderByIdDesc(StockAlert.Status status);

    /** Whether a condition already has an open alert. */
    boolean existsByOpenKey(String openKey);
}
