package com.orderflow.helpdesk;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TicketPhotos extends JpaRepository<TicketPhoto, Long> {
    /** Which message of the ticket has which photo, without reading the pictures. */
    interface Ref {
        long getMessageId();

        long getId();
    }

    @Query("select p.messageId as messageId, p.id as id from TicketPhoto p where p.ticketId = :ticketId")
    List<Ref> refsOf(@Param("ticketId") long ticketId);
}
