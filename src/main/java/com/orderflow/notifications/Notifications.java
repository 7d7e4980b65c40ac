package com.orderflow.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Notifications extends JpaRepository<Notification, Long> {

    /** The row for one send of one event of one order; the unique key makes a second one impossible. */
    Optional<Notification> findByIdempotencyKey(String idempotencyKey);

    /** Rows due now: pending whose time has come, and claims that ran out (their sender died). */
    @Query("""
            select n.id from Notification n
            where (n.status = com.orderflow.notifications.NotificationStatus.PENDING and n.nextAttemptAt <= :now)
               or (n.status = com.orderflow.notifications.NotificationStatus.SENDING and n.claimedUntil < :now)
            order by n.nextAttemptAt, n.id""")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /**
     * Takes one due row for one sender. A conditional update, so of several nodes reaching for the
     * same row exactly one gets 1 back; the others get 0 and leave it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n
            set n.status = com.orderflow.notifications.NotificationStatus.SENDING,
                n.claimedBy = :node, n.claimedUntil = :until, n.attempts = n.attempts + 1, n.updatedAt = :now
            where n.id = :id
              and ((n.status = com.orderflow.notifications.NotificationStatus.PENDING and n.nextAttemptAt <= :now)
                or (n.status = com.orderflow.notifications.NotificationStatus.SENDING and n.claimedUntil < :now))""")
    int claim(@Param("id") long id, @Param("node") String node, @Param("until") Instant until,
            @Param("now") Instant now);

    /** Every row of an order, newest first. */
    List<Notification> findByOrderNumberOrderByIdDesc(String orderNumber);

    /** The highest send version of an event of an order (a resend takes the next). */
    @Query("select coalesce(max(n.sendVersion), 0) from Notification n where n.orderId = :orderId and n.event = :event")
    int lastVersion(@Param("orderId") long orderId, @Param("event") NotificationEvent event);

    /** The outbox page, newest first: everything, one status, one order, or both. */
    List<Notification> findAllByOrderByIdDesc(Pageable page);

    List<Notification> findByStatusOrderByIdDesc(NotificationStatus status, Pageable page);

    List<Notification> findByOrderNumberOrderByIdDesc(String orderNumber, Pageable page);

    List<Notification> findByStatusAndOrderNumberOrderByIdDesc(NotificationStatus status, String orderNumber,
            Pageable page);

    /** The latest message of an event sent to a number, to tie a customer's reply to its order. */
    Optional<Notification> findFirstByRecipientAndEventOrderByIdDesc(String recipient, NotificationEvent event);

    Optional<Notification> findByProviderSid(String providerSid);
}
