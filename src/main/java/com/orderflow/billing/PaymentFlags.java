package com.orderflow.billing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentFlags extends JpaRepository<PaymentFlag, Long> {

    /** Open flags, oldest first: the longest-waiting problem on top. */
    List<PaymentFlag> findByResolvedAtIsNullOrderByIdAsc();

    /** An order's flags, open and resolved, oldest first. */
    List<PaymentFlag> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Whether this kind of flag is already open for the order (a repeated event raises none). */
    boolean existsByOrderNumberAndKindAndResolvedAtIsNull(String orderNumber, FlagKind kind);
}
