package com.orderflow.billing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

interface PaymentFlags extends JpaRepository<PaymentFlag, Long> {

    /** A flag, locked until the transaction ends, so that two billers never resolve it both. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    java.util.Optional<PaymentFlag> findForUpdateById(long id);

    /** Open flags, oldest first: the longest-waiting problem on top. */
    List<PaymentFlag> findByResolvedAtIsNullOrderByIdAsc();

    /** An order's flags, open and resolved, oldest first. */
    List<PaymentFlag> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** Whether this kind of flag is already open for the order (a repeated event raises none). */
    boolean existsByOrderNumberAndKindAndResolvedAtIsNull(String orderNumber, FlagKind kind);
}
