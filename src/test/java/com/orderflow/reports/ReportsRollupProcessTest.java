package com.orderflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.reports.process.DailySummaryProcess;
import com.orderflow.support.OrderflowSpringTest;

/** reports-rollup.bpmn: after midnight shop time (00:20, on a UTC server) the roll-up runs and moves its watermark. */
@OrderflowSpringTest
class ReportsRollupProcessTest {
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    ReportDataSet data;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void after0020ShopTimeTheRollUpRunsAndMovesTheWatermark() {
        Job timer = management.createJobQuery().processDefinitionKey(DailySummaryProcess.ROLLUP_KEY).timers()
                .singleResult();
        assertThat(timer.getDuedate().toInstant().atZone(IST).toLocalTime())
                .as("00:20 in the shop, though the test JVM runs in UTC").isEqualTo(LocalTime.of(0, 20));
        data.watermark(timer.getDuedate().toInstant().minus(java.time.Duration.ofDays(1)));
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());

        OffsetDateTime watermark = jdbc.queryForObject("SELECT watermark FROM report_state WHERE name = 'daily'",
                OffsetDateTime.class);
        assertThat(watermark.toInstant()).isEqualTo(timer.getDuedate().toInstant().minus(RollUp.MARGIN));
        assertThat(history.createHistoricActivityInstanceQuery().activityId(DailySummaryProcess.ROLLUP_END).count())
                .isPositive();
        assertThat(management.createJobQuery().processDefinitionKey(DailySummaryProcess.ROLLUP_KEY).timers().count())
                .as("tomorrow night's timer is waiting").isEqualTo(1);
        data.watermark(null);
    }
}
