package com.orderflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.reports.process.DailySummaryProcess;
import com.orderflow.support.OrderflowSpringTest;

import jakarta.mail.internet.MimeMessage;

/**
 * daily-summary.bpmn (F9): at 21:00 shop time (on a UTC server) the day's summary goes once to each
 * recipient: a WhatsApp/SMS through the outbox in his language, and an e-mail that a real SMTP
 * server (GreenMail, on the port application-test.yaml names) receives. Sending again sends nothing.
 */
@OrderflowSpringTest
class DailySummaryProcessTest {
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    StaffDirectory staff;
    @Autowired
    DirectMessages outbox;
    @Autowired
    DailySummary summary;
    @Autowired
    ReportDataSet data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SalesReport sales;
    @Autowired
    ShopNow shopNow;
    @Autowired
    com.orderflow.platform.ShopClock clock;
    @Autowired
    ReportSettings settings;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void setUp() throws Exception {
        AbstractAssertions.init(engine);
        MAIL.purgeEmailFromAllMailboxes();
        data.watermark(null);
        staff.setPhone("owner", "+919820011111", ReportDataSet.OWNER);
        User owner = identity.createUserQuery().userId("owner").singleResult();
        owner.setEmail("owner@shop.example");
        identity.saveUser(owner);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private Job eveningTimer() {
        return management.createJobQuery().processDefinitionKey(DailySummaryProcess.KEY).timers().singleResult();
    }

    @Test
    void at2100ShopTimeTheOwnerGetsOneMessageAndOneEmailAndARepeatSendsNothing() throws Exception {
        Job timer = eveningTimer();
        assertThat(timer.getDuedate().toInstant().atZone(IST).toLocalTime())
                .as("21:00 in the shop, though the test JVM runs in UTC").isEqualTo(LocalTime.of(21, 0));
        LocalDate day = timer.getDuedate().toInstant().atZone(IST).toLocalDate();
        jdbc.update("DELETE FROM report_summary_send WHERE shop_day = ?", day);
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        runJobs();

        List<NotificationView> sent = outbox.of("SUMMARY " + day).stream()
                .filter(m -> m.event() == NotificationEvent.DAILY_SUMMARY).toList();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).recipient()).isEqualTo("+919820011111");
        assertThat(sent.get(0).text()).startsWith("Day summary " + day + ": ");
        assertThat(MAIL.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("owner@shop.example");
        assertThat(mails[0].getSubject()).isEqualTo("Day summary " + day);
        assertThat(GreenMailUtil.getBody(mails[0])).contains("orders, revenue");
        assertThat(history.createHistoricActivityInstanceQuery().activityId(DailySummaryProcess.END_SENT).count())
                .isPositive();
        assertThat(eveningTimer().getDuedate().toInstant()).as("tomorrow evening's timer is waiting")
                .isEqualTo(timer.getDuedate().toInstant().plus(java.time.Duration.ofDays(1)));

        assertThat(summary.sendMessages(day)).isZero();
        assertThat(summary.sendEmails(day)).isZero();
        assertThat(outbox.of("SUMMARY " + day)).hasSize(1);
        assertThat(MAIL.getReceivedMessages()).as("one e-mail per recipient and day").hasSize(1);
        assertThat(summary.status(ReportDataSet.OWNER).sends()).anyMatch(s -> s.day().equals(day)
                && s.recipient().equals("owner") && s.channel().equals("EMAIL") && s.status().equals("SENT"));
    }

    @Test
    void withoutAMailServerTheEmailIsSkippedAndSaidSo() {
        LocalDate day = LocalDate.of(2031, 4, 2);
        jdbc.update("DELETE FROM report_summary_send WHERE shop_day = ?", day);
        ClockUtil.setCurrentTime(Date.from(day.atTime(21, 0).atZone(IST).toInstant()));
        SummaryMail noServer = new SummaryMail(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                settings, null);
        DailySummary withoutMail = new DailySummary(sales, shopNow, clock, settings, namedJdbc, identity, staff, outbox,
                noServer, messages);
        withoutMail.compose(day);
        assertThat(withoutMail.sendEmails(day)).isZero();
        assertThat(withoutMail.status(ReportDataSet.OWNER).mailConfigured()).isFalse();
        assertThat(withoutMail.status(ReportDataSet.OWNER).sends()).anyMatch(s -> s.day().equals(day)
                && s.channel().equals("EMAIL") && s.status().equals("SKIPPED")
                && s.detail().equals("e-mail not configured (SPRING_MAIL_HOST is not set)"));
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    private void runJobs() {
        for (int i = 0; i < 5; i++) {
            List<Job> jobs = management.createJobQuery().processDefinitionKey(DailySummaryProcess.KEY).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
