package com.orderflow.helpdesk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketMessages extends JpaRepository<TicketMessage, Long> {
    List<TicketMessage> findByTicketIdOrderByIdAsc(long ticketId);

    boolean existsByMailMessageId(String mailMessageId);

    /** Answers waiting to be mailed, each row locked for this node (others skip it) until the transaction ends. */
    @Query(value = "SELECT * FROM helpdesk_message WHERE mail_state = 'PENDING' ORDER BY id LIMIT 20"
            + " FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<TicketMessage> claimPending();
}
