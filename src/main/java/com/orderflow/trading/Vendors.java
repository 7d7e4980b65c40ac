package com.orderflow.trading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Vendors extends JpaRepository<Vendor, String> {
    /** Active vendors by code, for choosing another one. */
    List<Vendor> findByActiveTrueOrderByCodeAsc();
}
