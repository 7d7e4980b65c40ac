package com.orderflow.partners;

import java.util.Set;

import com.orderflow.platform.security.CurrentUser;

/**
 * A valid, unrevoked API key as the app sees the partner behind it: the role {@code partner} (a row
 * of dmn/order-action-permission.dmn: view and create orders) and the key's scopes.
 */
public record PartnerKey(long id, String name, boolean canRead, boolean canWrite) {
    public static final String ROLE = "partner";

    /** The partner as the order module sees a caller: timelines and audit name it {@code partner:<name>}. */
    public CurrentUser asUser() {
        return new CurrentUser(userId(), Set.of(ROLE));
    }

    public String userId() {
        return "partner:" + name;
    }
}
