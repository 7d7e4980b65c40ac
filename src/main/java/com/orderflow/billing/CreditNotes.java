package com.orderflow.billing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditNotes extends JpaRepository<CreditNote, Long> {

    /** The credit notes of one bill, oldest first. */
    List<CreditNote> findByBillIdOrderByIdAsc(long billId);
}
