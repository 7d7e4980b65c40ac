package com.orderflow.billing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Bills extends JpaRepository<Bill, Long> {

    Optional<Bill> findByNumber(String number);

    /** Every bill of an order, first issued first: the original, then its revisions. */
    List<Bill> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** The order's current bill (live or cancelled; at most one is not superseded). */
    Optional<Bill> findFirstByOrderNumberAndStatusNotOrderByIdDesc(String orderNumber, BillStatus superseded);

    /** How many bills in a status were issued in [from, to), and their grand totals: {count, sum}. */
    @Query("select count(b), coalesce(sum(b.grandTotal), 0) from Bill b where b.status = ?3 and b.issuedAt >= ?1 "
            + "and b.issuedAt < ?2")
    List<Object[]> totalIssued(Instant from, Instant to, BillStatus status);

    /**
     * Bills issued in [from, to) whose number or order number contains {@code numberLike}, or whose
     * phone is {@code phone} or contains {@code digitsLike}, or whose customer's name contains
     * {@code nameLike} (LIKE patterns with '\\' as escape; a pattern that can match nothing turns its part off).
     */
    @Query("""
            select b from Bill b where b.issuedAt >= :from and b.issuedAt < :to and (
                upper(b.number) like :numberLike escape '\\' or upper(b.orderNumber) like :numberLike escape '\\'
                or b.customerPhone = :phone or b.customerPhone like :digitsLike escape '\\'
                or lower(b.customerName) like :nameLike escape '\\')
            order by b.id desc""")
    List<Bill> search(@Param("from") Instant from, @Param("to") Instant to, @Param("numberLike") String numberLike,
            @Param("phone") String phone, @Param("digitsLike") String digitsLike, @Param("nameLike") String nameLike,
            Pageable page);

    /** Bills issued in [from, to), newest first. */
    List<Bill> findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIdDesc(Instant from, Instant to, Pageable page);

    /** Bills issued in a time window, newest first (the day's bills). */
    List<Bill> findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIdDesc(Instant from, Instant to);
}
