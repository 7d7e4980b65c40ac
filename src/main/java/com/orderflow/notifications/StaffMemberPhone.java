package com.orderflow.notifications;

import java.time.Instant;
import java.util.List;

/**
 * A staff member on the staff phones page: login, name and role groups from the engine's identity
 * service, and the number recorded for him (null when none). {@code user} is false for a number
 * left behind by a login that no longer exists, so that the admin can remove it.
 */
public record StaffMemberPhone(String userId, String name, List<String> roles, boolean user, String phone,
        String updatedBy, Instant updatedAt) {
}
