package com.orderflow.jewelry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.notifications.Staff;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;

/**
 * The head-office order manager's morning report (J7): orders due today, overdue at the karigars,
 * received from karigars in the last day, ready at the counters, and ready but not collected for
 * longer than the follow-up interval. Kept as a report row (the order box shows the newest) and
 * sent to every order manager with a phone recorded.
 */
@Service
public class OrderManagerReport {
    private static final EnumSet<JewelryState> OPEN = EnumSet.of(JewelryState.ORDER_BOX, JewelryState.ASSIGNED,
            JewelryState.WITH_KARIGAR, JewelryState.BACK_FROM_KARIGAR, JewelryState.TAGGED, JewelryState.IN_TRANSIT);

    private final JewelryOrders orders;
    private final MorningReports reports;
    private final JewelryMessages messages;
    private final JewelrySettings settings;
    private final IdentityService identity;
    private final StaffDirectory staff;
    private final ShopClock clock;
    private final AuditLog audit;

    OrderManagerReport(JewelryOrders orders, MorningReports reports, JewelryMessages messages, JewelrySettings settings,
            IdentityService identity, StaffDirectory staff, ShopClock clock, AuditLog audit) {
        this.orders = orders;
        this.reports = reports;
        this.messages = messages;
        this.settings = settings;
        this.identity = identity;
        this.staff = staff;
        this.clock = clock;
        this.audit = audit;
    }

    /** Makes this morning's report, sends it to the order managers; returns it. */
    @Transactional
    public MorningReportView makeAndSend() {
        LocalDate today = clock.today();
        Instant now = clock.now();
        List<JewelryOrder> open = orders.findByDueDateLessThanEqualAndStateInOrderByDueDateAscIdAsc(today, OPEN);
        List<String> dueToday = open.stream().filter(o -> o.dueDate().equals(today)).map(JewelryOrder::number).toList();
        List<String> overdue = open.stream().filter(o -> o.dueDate().isBefore(today)).map(JewelryOrder::number).toList();
        List<String> received = orders.findByReceivedAtGreaterThanEqualAndReceivedAtLessThanOrderByIdAsc(
                now.minus(Duration.ofDays(1)), now).stream().map(JewelryOrder::number).toList();
        List<JewelryOrder> atCounters = orders.findByStateInOrderByDueDateAscIdAsc(EnumSet.of(JewelryState.READY));
        Instant longAgo = now.minus(Duration.ofDays(settings.followUpDays()));
        List<String> ready = atCounters.stream().filter(o -> !o.readyAt().isBefore(longAgo)).map(JewelryOrder::number)
                .toList();
        List<String> notCollected = atCounters.stream().filter(o -> o.readyAt().isBefore(longAgo))
                .map(JewelryOrder::number).toList();
        MorningReport report = reports.save(new MorningReport(today, dueToday, overdue, received, ready, notCollected, now));
        String text = "Due today: " + list(dueToday) + "\nOverdue: " + list(overdue) + "\nReceived: " + list(received)
                + "\nReady: " + list(ready) + "\nNot collected: " + list(notCollected);
        int sent = 0;
        for (User manager : identity.createUserQuery().memberOfGroup(Roles.ORDER_MANAGER).list()) {
            Optional<String> phone = staff.find(manager.getId()).map(Staff::phone);
            if (phone.isPresent()) {
                messages.sendReport(phone.get(), today.toString(), text);
                sent++;
            }
        }
        audit.record("system", "JEWELRY_MORNING_REPORT", null, today + ": " + dueToday.size() + " due, " + overdue.size()
                + " overdue, " + received.size() + " received, " + ready.size() + " ready, " + notCollected.size()
                + " not collected; sent to " + sent + " order manager(s)");
        return report.toView();
    }

    @Transactional(readOnly = true)
    public Optional<MorningReportView> latest(CurrentUser user) {
        JewelryAccess.mayView(user);
        return reports.findFirstByOrderByIdDesc().map(MorningReport::toView);
    }

    private static String list(List<String> numbers) {
        return numbers.isEmpty() ? "none" : numbers.size() + " (" + String.join(", ", numbers) + ")";
    }
}
