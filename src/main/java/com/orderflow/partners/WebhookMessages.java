package com.orderflow.partners;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WebhookMessages extends JpaRepository<WebhookMessage, Long> {
    /**
     * Pending messages due now and not claimed by a sender, oldest first; a message waits while an
     * older one of the same order and subscription is still pending (one order's events arrive in order).
     */
    @Query("""
            select m.id from WebhookMessage m where m.status = 'PENDING' and m.nextAttemptAt <= :now
              and (m.claimedUntil is null or m.claimedUntil < :now)
              and not exists (select 1 from WebhookMessage e where e.subscriptionId = m.subscriptionId
                  and e.orderingKey = m.orderingKey and e.status = 'PENDING' and e.id < m.id)
            order by m.id""")
    List<Long> findDue(@Param("now") Instant now, Pageable page);

    /** Takes a message for one sender until {@code until}; 0 when another has it or it is no longer due. */
    @Modifying
    @Query("""
            update WebhookMessage m set m.claimedUntil = :until where m.id = :id and m.status = 'PENDING'
              and (m.claimedUntil is null or m.claimedUntil < :now)""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);
}
