package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.notifications.DirectMessage;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.Staff;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * The owner's evening summary (F9): the day's orders and revenue, counter sales, deliveries still
 * pending, late orders and low stock, kept per shop day and sent to each recipient once per channel
 * and day: as WhatsApp/SMS through the outbox in the recipient's language, and by e-mail when the
 * shop has a mail server ({@link SummaryMail}); a channel that cannot reach someone is recorded as
 * skipped with the reason, and the summary page says so.
 */
@Service
public class DailySummary {
    static final String SENT = "SENT";
    static final String SKIPPED = "SKIPPED";
    static final String PHONE = "PHONE";
    static final String EMAIL = "EMAIL";

    private final SalesReport sales;
    private final ShopNow now;
    private final ShopClock clock;
    private final ReportSettings settings;
    private final NamedParameterJdbcTemplate jdbc;
    private final IdentityService identity;
    private final StaffDirectory staff;
    private final DirectMessages outbox;
    private final SummaryMail mail;
    private final MessageSource messages;

    DailySummary(SalesReport sales, ShopNow now, ShopClock clock, ReportSettings settings, NamedParameterJdbcTemplate jdbc,
            IdentityService identity, StaffDirectory staff, DirectMessages outbox, SummaryMail mail,
            MessageSource messages) {
        this.sales = sales;
        this.now = now;
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.identity = identity;
        this.staff = staff;
        this.outbox = outbox;
        this.mail = mail;
        this.messages = messages;
    }

    /** Works out a shop day's figures (today's, when the evening timer fires) and keeps them. */
    @Transactional
    public Figures compose(LocalDate day) {
        Report report = sales.report(new ReportRange(day, day, Grouping.DAY), SYSTEM);
        ReportTable channels = report.table("channels");
        long orders = 0;
        BigDecimal revenue = DayRow.ZERO;
        long walkIns = 0;
        BigDecimal walkInValue = DayRow.ZERO;
        for (List<Object> row : channels.rows()) {
            boolean walkIn = ("reports.channel." + Aggregator.WALK_IN).equals(row.get(0));
            long count = (Long) row.get(channels.column("orders"));
            BigDecimal money = (BigDecimal) row.get(channels.column("revenue"));
            if (walkIn) {
                walkIns += count;
                walkInValue = walkInValue.add(money);
            } else {
                orders += count;
                revenue = revenue.add(money);
            }
        }
        Instant at = clock.now();
        long pending = now.pending(Instant.EPOCH, at.plusSeconds(1)).size();
        List<String> low = now.stock(day).stream().filter(ShopNow.Stock::low)
                .map(s -> s.name() + " " + s.size() + " (" + s.counter() + ")").toList();
        Figures figures = new Figures(day, orders, revenue, walkIns, walkInValue, pending, now.late(at), low);
        MapSqlParameterSource row = new MapSqlParameterSource("day", day).addValue("orders", orders)
                .addValue("revenue", revenue).addValue("walkIns", walkIns).addValue("walkInValue", walkInValue)
                .addValue("pending", pending).addValue("late", figures.late())
                .addValue("low", trim(String.join(", ", low), 2000)).addValue("at", ShopFacts.utc(at));
        jdbc.update("DELETE FROM report_summary WHERE shop_day = :day", row);
        jdbc.update("""
                INSERT INTO report_summary (shop_day, orders, revenue, walk_in_sales, walk_in_value, pending, late,
                    low_stock, made_at) VALUES (:day, :orders, :revenue, :walkIns, :walkInValue, :pending, :late, :low, :at)""",
                row);
        return figures;
    }

    /** One WhatsApp/SMS per recipient for the day, into the outbox; a recipient already sent to is skipped. */
    @Transactional
    public int sendMessages(LocalDate day) {
        Figures figures = figures(day).orElseThrow(() -> new IllegalStateException("No summary made for " + day));
        int written = 0;
        for (String recipient : recipients()) {
            if (recorded(day, recipient, PHONE)) {
                continue;
            }
            String phone = staff.find(recipient).map(Staff::phone).orElse(null);
            if (phone == null) {
                record(day, recipient, PHONE, SKIPPED, null, "no phone number recorded for " + recipient);
                continue;
            }
            String language = settings.summary().languageOf(recipient);
            outbox.write(new DirectMessage(0, "SUMMARY " + day, NotificationEvent.DAILY_SUMMARY,
                    settings.summary().channel(), phone, language, text(figures, Locale.forLanguageTag(language)),
                    List.of(day.toString(), Long.toString(figures.orders()), Rupees.format(figures.revenue()))), "system");
            record(day, recipient, PHONE, SENT, phone, "written to the outbox");
            written++;
        }
        return written;
    }

    /**
     * One e-mail per recipient for the day. Without a mail server every recipient is recorded as
     * skipped, "not configured"; a recipient without an e-mail address likewise. A failed send throws
     * (the engine retries the job); a repeat after a send skips those already sent.
     */
    @Transactional
    public int sendEmails(LocalDate day) {
        Figures figures = figures(day).orElseThrow(() -> new IllegalStateException("No summary made for " + day));
        int sent = 0;
        for (String recipient : recipients()) {
            if (recorded(day, recipient, EMAIL)) {
                continue;
            }
            String address = email(recipient);
            if (!mail.isConfigured()) {
                record(day, recipient, EMAIL, SKIPPED, address, "e-mail not configured (SPRING_MAIL_HOST is not set)");
            } else if (address == null) {
                record(day, recipient, EMAIL, SKIPPED, null, "no e-mail address for " + recipient);
            } else {
                Locale language = Locale.forLanguageTag(settings.summary().languageOf(recipient));
                mail.send(address, words("reports.summary.subject", language, day.toString()), text(figures, language));
                record(day, recipient, EMAIL, SENT, address, "sent");
                sent++;
            }
        }
        return sent;
    }

    /** What the summary page shows: whether e-mail is set up, who gets it, and the last days' summaries and sends. */
    @Transactional(readOnly = true)
    public Status status(CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        List<Figures> days = jdbc.query("SELECT shop_day FROM report_summary ORDER BY shop_day DESC LIMIT 7",
                new MapSqlParameterSource(), (rs, i) -> rs.getObject(1, LocalDate.class)).stream()
                .map(d -> figures(d).orElseThrow()).toList();
        List<Send> sends = new ArrayList<>();
        if (!days.isEmpty()) {
            sends.addAll(jdbc.query("""
                    SELECT shop_day, recipient, channel, status, address, detail FROM report_summary_send
                     WHERE shop_day >= :day ORDER BY shop_day DESC, recipient, channel""",
                    new MapSqlParameterSource("day", days.get(days.size() - 1).day()),
                    (rs, i) -> new Send(rs.getObject("shop_day", LocalDate.class), rs.getString("recipient"),
                            rs.getString("channel"), rs.getString("status"), rs.getString("address"), rs.getString("detail"))));
        }
        return new Status(mail.isConfigured(), settings.summary().at().toString(), recipients(), days, sends);
    }

    /** The summary's text in a language. */
    String text(Figures f, Locale language) {
        return words("reports.summary.text", language, f.day().toString(), Long.toString(f.orders()),
                Rupees.format(f.revenue()), Long.toString(f.walkIns()), Rupees.format(f.walkInValue()),
                Long.toString(f.pending()), Long.toString(f.late()),
                f.lowStock().isEmpty() ? words("reports.summary.noLowStock", language) : String.join(", ", f.lowStock()));
    }

    Optional<Figures> figures(LocalDate day) {
        return jdbc.query("SELECT * FROM report_summary WHERE shop_day = :day", new MapSqlParameterSource("day", day),
                (rs, i) -> new Figures(day, rs.getLong("orders"), rs.getBigDecimal("revenue"), rs.getLong("walk_in_sales"),
                        rs.getBigDecimal("walk_in_value"), rs.getLong("pending"), rs.getLong("late"),
                        rs.getString("low_stock").isEmpty() ? List.of() : List.of(rs.getString("low_stock").split(", "))))
                .stream().findFirst();
    }

    /** The configured recipients, else every member of the admin group (the owner). */
    List<String> recipients() {
        if (!settings.summary().recipients().isEmpty()) {
            return settings.summary().recipients();
        }
        return identity.createUserQuery().memberOfGroup(Roles.ADMIN).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    private String email(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().trim();
    }

    private boolean recorded(LocalDate day, String recipient, String channel) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM report_summary_send WHERE shop_day = :day"
                + " AND recipient = :recipient AND channel = :channel", new MapSqlParameterSource("day", day)
                        .addValue("recipient", recipient).addValue("channel", channel), Long.class);
        return count != null && count > 0;
    }

    private void record(LocalDate day, String recipient, String channel, String status, String address, String detail) {
        jdbc.update("""
                INSERT INTO report_summary_send (shop_day, recipient, channel, status, address, detail, sent_at)
                VALUES (:day, :recipient, :channel, :status, :address, :detail, :at)""",
                new MapSqlParameterSource("day", day).addValue("recipient", recipient).addValue("channel", channel)
                        .addValue("status", status).addValue("address", address).addValue("detail", trim(detail, 400))
                        .addValue("at", ShopFacts.utc(clock.now())));
    }

    private String words(String key, Locale language, String... args) {
        return messages.getMessage(key, args, language);
    }

    private static String trim(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The summary reads the sales report as the system, not as a user. */
    private static final CurrentUser SYSTEM = new CurrentUser("system", java.util.Set.of(Roles.ADMIN));

    /** A shop day's figures. */
    public record Figures(LocalDate day, long orders, BigDecimal revenue, long walkIns, BigDecimal walkInValue,
            long pending, long late, List<String> lowStock) {
    }

    /** One recipient's send on one channel and day. */
    public record Send(LocalDate day, String recipient, String channel, String status, String address, String detail) {
    }

    /** What the summary page shows. */
    public record Status(boolean mailConfigured, String at, List<String> recipients, List<Figures> days,
            List<Send> sends) {
    }
}
