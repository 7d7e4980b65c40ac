package com.orderflow.trading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VendorLedgerEntries extends JpaRepository<VendorLedgerEntry, Long> {
    List<VendorLedgerEntry> findByPoIdOrderByIdAsc(long poId);

    List<VendorLedgerEntry> findByVendorCodeOrderByIdAsc(String vendorCode);
}
