package com.orderflow.trading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Scans extends JpaRepository<Scan, Long> {
    boolean existsByShipmentIdAndScanKey(long shipmentId, String scanKey);

    /** In the order they happened at the courier, whatever order they arrived in. */
    List<Scan> findByShipmentIdOrderByScannedAtAscIdAsc(long shipmentId);
}
