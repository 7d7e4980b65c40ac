package com.orderflow.notifications;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Staff as customers are told about them: the name from the engine's identity service (the one
 * login), the phone number from our own table, kept by the admin.
 */
@Service
public class StaffDirectory {
    private final StaffPhones phones;
    private final ProcessEngineConfigurationImpl engine;
    private final ShopClock clock;
    private final AuditLog audit;

    StaffDirectory(StaffPhones phones, ProcessEngineConfiguration engine, ShopClock clock, AuditLog audit) {
        this.phones = phones;
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.clock = clock;
        this.audit = audit;
    }

    /** The staff member as customers are told of him (also the public tracking page), or empty for an unknown user id. */
    @Transactional(readOnly = true)
    public Optional<Staff> find(String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        return user(userId).map(u -> new Staff(userId, fullName(u),
                phones.findById(userId).map(StaffPhone::phone).orElse(null)));
    }

    @Transactional(readOnly = true)
    public List<StaffPhoneView> phones(CurrentUser user) {
        requireAdmin(user);
        return phones.findAllByOrderByUserIdAsc().stream().map(StaffPhone::toView).toList();
    }

    /** Records the number customers are given for this staff member. */
    @Transactional
    public StaffPhoneView setPhone(String userId, String rawPhone, CurrentUser user) {
        requireAdmin(user);
        if (user(userId).isEmpty()) {
            throw new NotFoundException("No staff member with user id " + userId);
        }
        String phone = PhoneNumbers.toE164(rawPhone)
                .orElseThrow(() -> new InvalidInputException("phone", PhoneNumbers.problemWith(rawPhone)));
        StaffPhone row = store(userId, phone, user.id());
        audit.record(user.id(), "STAFF_PHONE_SET", null, userId + " → " + phone);
        return row.toView();
    }

    /** Demo data: a number for a user, unless one is recorded. */
    @Transactional
    void seed(String userId, String phone) {
        if (!phones.existsById(userId)) {
            phones.save(new StaffPhone(userId, phone, "system", clock.now()));
        }
    }

    private StaffPhone store(String userId, String phone, String actor) {
        StaffPhone row = phones.findById(userId).orElse(null);
        if (row == null) {
            return phones.save(new StaffPhone(userId, phone, actor, clock.now()));
        }
        row.change(phone, actor, clock.now());
        return row;
    }

    /**
     * Read without the engine's authorization checks: the caller may be a delivery boy completing
     * his task in Tasklist, who may not read other users, yet the customer must hear his name.
     */
    private Optional<User> user(String userId) {
        return Optional.ofNullable(engine.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(userId))));
    }

    private static String fullName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an admin keeps staff phone numbers");
        }
    }
}
