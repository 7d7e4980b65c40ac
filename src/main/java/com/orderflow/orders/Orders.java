package com.orderflow.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import com.orderflow.platform.database.KnownIds;

interface Orders extends JpaRepository<Order, Long>, JpaSpecificationExecutor<Order> {
    /** The ids of the order numbers looked up (see {@link #byNumber}). */
    KnownIds KNOWN_IDS = new KnownIds(10_000);

    /**
     * The order with this number, lines included. Once its id is known, by its id: a transaction that
     * already holds the order reads nothing again (the order was read about twenty times in its
     * lifecycle, issue 18).
     */
    default Optional<Order> byNumber(String number) {
        return number == null ? Optional.empty() : KNOWN_IDS.find(number, this::findById, () -> findByNumber(number),
                Order::id, order -> number.equals(order.number()));
    }

    /** The order, lines included; from the rows this transaction already holds when it holds it. */
    @Override
    @EntityGraph(attributePaths = "lines")
    Optional<Order> findById(Long id);

    /** Locks the order's row until the transaction ends (see {@link OrderLifecycle#lock}). */
    @org.springframework.data.jpa.repository.Query(nativeQuery = true,
            value = "SELECT id FROM customer_order WHERE order_number = :number FOR UPDATE")
    Optional<Long> lockIdByNumber(@org.springframework.data.repository.query.Param("number") String number);

    /** The order with this number, lines included. */
    @EntityGraph(attributePaths = "lines")
    Optional<Order> findByNumber(String number);

    /** The orders with these numbers, without their lines (customers' names for the packing board). */
    List<Order> findByNumberIn(Collection<String> numbers);

    /** The orders with these ids, lines included (the board's cards). */
    @EntityGraph(attributePaths = "lines")
    List<Order> findByIdIn(Collection<Long> ids);

    /** The orders of a channel to deliver on a day, lines included (the daily packing list). */
    @EntityGraph(attributePaths = "lines")
    List<Order> findByChannelAndDeliveryDateOrderByNumberAsc(Channel channel, java.time.LocalDate deliveryDate);

    /** A customer's newest orders by phone (E.164); their lines come in one more query (batch fetch). */
    List<Order> findTop5ByCustomerPhoneOrderByCreatedAtDescIdDesc(String phone);

    /** A phone's orders placed between two moments, both included (the duplicate check). */
    List<Order> findByCustomerPhoneAndCreatedAtBetween(String phone, java.time.Instant from, java.time.Instant to);
}
