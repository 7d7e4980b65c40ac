package com.orderflow.helpdesk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Tickets extends JpaRepository<Ticket, Long> {
    Optional<Ticket> findByNumber(String number);

    List<Ticket> findByStateInOrderByAnswerDueAtAsc(Collection<Ticket.State> states, Pageable page);

    List<Ticket> findAllByOrderByIdDesc(Pageable page);

    List<Ticket> findByOrderNumberOrderByIdAsc(String orderNumber);

    /** A customer's tickets by e-mail (kept in lower case) or phone, newest first. */
    @Query("select t from Ticket t where t.customerEmail = :email or t.customerPhone = :phone order by t.id desc")
    List<Ticket> ofCustomer(@Param("email") String email, @Param("phone") String phone);
}
