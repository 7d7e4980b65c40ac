package com.orderflow.tracking;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery boy as the tracking page names him. The notifications module owns this knowledge
 * ({@code StaffDirectory.find}), but does not publish it yet; until it does, the name comes from the
 * engine's identity service and the phone straight from {@code staff_phone}. Replace the body with a
 * call to StaffDirectory once it offers a public look-up; nothing else here depends on how.
 */
@Component
class DeliveryBoyContacts {
    private final IdentityService identity;
    private final JdbcTemplate jdbc;

    DeliveryBoyContacts(IdentityService identity, JdbcTemplate jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    /** Name and, when the admin has recorded one, phone in E.164; empty for an unknown user. */
    Optional<TrackedOrder.DeliveryContact> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        // The public request carries no engine authentication, so the query runs without
        // authorization checks, as the customer notification's look-up does.
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return Optional.empty();
        }
        List<String> phones = jdbc.queryForList("SELECT phone FROM staff_phone WHERE user_id = ?", String.class, userId);
        return Optional.of(new TrackedOrder.DeliveryContact(fullName(user), phones.isEmpty() ? null : phones.get(0)));
    }

    private static String fullName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
