package com.orderflow.notifications;

import java.time.Instant;

/** A staff member's phone number as the admin sees it. */
public record StaffPhoneView(String userId, String phone, String updatedBy, Instant updatedAt) {
}
