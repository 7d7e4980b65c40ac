package com.orderflow.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
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
    private final IdentityService identity;

    StaffDirectory(StaffPhones phones, ProcessEngineConfiguration engine, ShopClock clock, AuditLog audit,
            IdentityService identity) {
        this.phones = phones;
        this.engine = (ProcessEngineConfigurationImpl) engine;
        this.clock = clock;
        this.audit = audit;
        this.identity = identity;
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

    /**
     * Every login with its role groups and recorded number, by user id; then numbers left behind by
     * logins that no longer exist.
     */
    @Transactional(readOnly = true)
    public List<StaffMemberPhone> staffWithPhones(CurrentUser user) {
        requireAdmin(user);
        Map<String, StaffPhone> recorded = new LinkedHashMap<>();
        phones.findAllByOrderByUserIdAsc().forEach(row -> recorded.put(row.userId(), row));
        List<StaffMemberPhone> staff = new ArrayList<>();
        for (User login : identity.createUserQuery().orderByUserId().asc().list()) {
            List<String> roles = identity.createGroupQuery().groupMember(login.getId()).list().stream()
                    .map(Group::getId).filter(Roles.ALL::contains).sorted().toList();
            staff.add(entry(login.getId(), fullName(login), roles, true, recorded.remove(login.getId())));
        }
        recorded.values().forEach(row -> staff.add(entry(row.userId(), row.userId(), List.of(), false, row)));
        return staff;
    }

    /** Forgets the staff member's number; answers whether there was one (only then is it audited). */
    @Transactional
    public boolean removePhone(String userId, CurrentUser user) {
        requireAdmin(user);
        Optional<StaffPhone> row = phones.findById(userId == null ? "" : userId);
        row.ifPresent(phone -> {
            phones.delete(phone);
            audit.record(user.id(), "STAFF_PHONE_REMOVED", null, userId + ": " + phone.phone() + " removed");
        });
        return row.isPresent();
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

    private static StaffMemberPhone entry(String userId, String name, List<String> roles, boolean user,
            StaffPhone row) {
        StaffPhoneView phone = row == null ? new StaffPhoneView(userId, null, null, null) : row.toView();
        return new StaffMemberPhone(userId, name, roles, user, phone.phone(), phone.updatedBy(), phone.updatedAt());
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
