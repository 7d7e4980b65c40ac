package com.orderflow.platform.audit;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;

/**
 * The audit trail (K12, F3). Entries are written in the caller's transaction, so an action that
 * rolls back leaves no entry, and an action that commits always has one.
 */
@Service
public class AuditLog {
    private final AuditEvents events;
    private final ShopClock clock;

    AuditLog(AuditEvents events, ShopClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String action, String orderRef, String details) {
        events.save(new AuditEvent(clock.now(), actor == null ? "system" : actor, action, orderRef, details));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> storyOf(String orderRef) {
        return events.findByOrderRefOrderByAtAscIdAsc(orderRef).stream().map(AuditEvent::toEntry).toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(String action, int limit) {
        return events.findByActionOrderByIdDesc(action, PageRequest.of(0, limit)).stream()
                .map(AuditEvent::toEntry).toList();
    }
}
