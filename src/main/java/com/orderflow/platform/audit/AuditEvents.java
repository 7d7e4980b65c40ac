package com.orderflow.platform.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEvents extends JpaRepository<AuditEvent, Long> {
    /** The full story of one order, oldest first. */
    List<AuditEvent> findByOrderRefOrderByAtAscIdAsc(String orderRef);

    /** The newest actions of a given kind, newest first. */
    List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);
}
