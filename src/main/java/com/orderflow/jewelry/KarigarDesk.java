package com.orderflow.jewelry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The karigar desk (J3, J7): each karigar's work with due dates and state, and the karigar master
 * (name, skills, phone) kept by the order manager.
 */
@Service
public class KarigarDesk {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
    static final EnumSet<JewelryState> ON_THE_DESK = EnumSet.of(JewelryState.ASSIGNED, JewelryState.WITH_KARIGAR,
            JewelryState.BACK_FROM_KARIGAR);

    private final Karigars karigars;
    private final JewelryOrders orders;
    private final ShopClock clock;
    private final AuditLog audit;

    KarigarDesk(Karigars karigars, JewelryOrders orders, ShopClock clock, AuditLog audit) {
        this.karigars = karigars;
        this.orders = orders;
        this.clock = clock;
        this.audit = audit;
    }

    /** A karigar and his open work, soonest due first. */
    public record KarigarWork(KarigarView karigar, List<JewelrySummary> orders) {
    }

    /** A karigar as the master form sends him; skills and metals comma-separated (no metals: he works them all). */
    public record KarigarForm(String id, String name, String skills, String metals, String phone, String email,
            Boolean active) {
    }

    @Transactional(readOnly = true)
    public List<KarigarView> karigars() {
        return karigars.findAllByOrderByNameAsc().stream().map(Karigar::toView).toList();
    }

    @Transactional(readOnly = true)
    public List<KarigarWork> desk(CurrentUser user) {
        JewelryAccess.mayView(user);
        var today = clock.today();
        return karigars.findAllByOrderByNameAsc().stream().map(k -> new KarigarWork(k.toView(),
                orders.findByKarigarIdAndStateInOrderByDueDateAscIdAsc(k.id(), ON_THE_DESK).stream()
                        .map(o -> JewelrySummary.of(o, today)).toList())).toList();
    }

    /** Adds a karigar or changes one (the id stays). Order manager. */
    @Transactional
    public KarigarView save(KarigarForm form, CurrentUser user) {
        JewelryAccess.mayKeepMasters(user);
        List<FieldProblem> problems = new ArrayList<>();
        String id = form.id() == null ? "" : form.id().strip().toLowerCase(Locale.ROOT);
        if (!ID.matcher(id).matches()) {
            problems.add(new FieldProblem("id", "must be 2 to 32 small letters, digits or hyphens (e.g. ramesh)"));
        }
        if (JewelryIntake.blank(form.name())) {
            problems.add(new FieldProblem("name", "is required"));
        }
        List<String> skills = form.skills() == null ? List.of() : Arrays.stream(form.skills().split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        for (String skill : skills) {
            if (!JewelryIntake.CATEGORIES.contains(skill)) {
                problems.add(new FieldProblem("skills", "'" + skill + "' is not a category: " + JewelryIntake.CATEGORIES));
            }
        }
        List<Metal> metals = metals(form.metals(), problems);
        String phone = null;
        if (!JewelryIntake.blank(form.phone())) {
            phone = PhoneNumbers.toE164(form.phone()).orElse(null);
            if (phone == null) {
                problems.add(new FieldProblem("phone", PhoneNumbers.problemWith(form.phone())));
            }
        }
        String email = JewelryIntake.blank(form.email()) ? null : form.email().strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "is not an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        boolean active = form.active() == null || form.active();
        Karigar karigar = karigars.findById(id).orElse(null);
        if (karigar == null) {
            karigar = karigars.save(new Karigar(id, form.name().strip(), skills, metals, phone, email, user.id(), clock.now()));
            if (!active) {
                karigar.change(form.name().strip(), skills, metals, phone, email, false, user.id(), clock.now());
            }
            audit.record(user.id(), "KARIGAR_ADDED", null, id + " " + form.name().strip());
        } else {
            karigar.change(form.name().strip(), skills, metals, phone, email, active, user.id(), clock.now());
            audit.record(user.id(), "KARIGAR_CHANGED", null, id + " " + form.name().strip() + (active ? "" : " (inactive)"));
        }
        return karigar.toView();
    }

    /** The metals typed ("gold, silver"); none typed means every metal. */
    private static List<Metal> metals(String typed, List<FieldProblem> problems) {
        if (JewelryIntake.blank(typed)) {
            return List.of(Metal.values());
        }
        List<Metal> metals = new ArrayList<>();
        for (String name : typed.split(",")) {
            String metal = name.strip().toUpperCase(Locale.ROOT);
            if (metal.isEmpty()) {
                continue;
            }
            try {
                if (!metals.contains(Metal.valueOf(metal))) {
                    metals.add(Metal.valueOf(metal));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("metals", "'" + name.strip() + "' is not a metal: " + List.of(Metal.values())));
            }
        }
        return metals;
    }
}
