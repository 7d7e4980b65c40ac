package com.orderflow.delivery;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import com.orderflow.platform.Roles;

/**
 * Delivery boys of one test alone (the demo ones are shared by every test on the one database):
 * money collected and handed over on a day is then only the test's own. Password: id + "123".
 */
public final class TestDeliveryBoys {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDeliveryBoys() {
    }

    public static String fresh(IdentityService identity, String name) {
        String id = name + "-" + System.nanoTime() % 100000 + "-" + NEXT.incrementAndGet();
        User user = identity.newUser(id);
        user.setFirstName(name);
        user.setLastName("Test");
        user.setPassword(id + "123");
        identity.saveUser(user);
        identity.createMembership(id, Roles.DELIVERY);
        return id;
    }
}
