package com.orderflow.reports;

import static com.orderflow.reports.ReportDataSet.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.billing.BillingService;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The nightly roll-up: the rolled-up tables give exactly the figures the live computation gives, a
 * change after the roll-up shows at once (the live part takes the old figures away and adds the new
 * ones), and the next roll-up keeps it.
 */
@OrderflowSpringTest
class RollUpTest {
    private static final List<String> REPORTS = List.of("sales", "products", "people", "fulfilment", "time-in-status",
            "customers");

    @Autowired
    ReportDataSet data;
    @Autowired
    Reports reports;
    @Autowired
    Heatmap heatmap;
    @Autowired
    RollUp rollUp;
    @Autowired
    BillingService billing;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theWeek() {
        data.build();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRolledUpTablesGiveTheSameFiguresAsTheLiveComputation() {
        data.watermark(null);
        ReportDataSet.at(2, "18:00");
        Map<String, List<ReportTable>> live = everything();
        Heatmap.View liveHeat = heatmap.heat("order-fulfilment", null, ReportFiguresTest.WEEK, ReportDataSet.OWNER);

        data.watermark(ReportDataSet.instant(-1, "00:00"));
        ReportDataSet.at(2, "20:00");
        assertThat(rollUp.run()).isGreaterThanOrEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM report_sales_day WHERE shop_day BETWEEN ? AND ?",
                Long.class, D, D.plusDays(2))).as("rows written for the week").isEqualTo(7L);

        ReportDataSet.at(2, "18:00");
        assertThat(everything()).isEqualTo(live);
        assertThat(heatmap.heat("order-fulfilment", null, ReportFiguresTest.WEEK, ReportDataSet.OWNER).nodes())
                .isEqualTo(liveHeat.nodes());

        ReportDataSet.at(2, "20:10");
        rollUp.run();
        ReportDataSet.at(2, "18:00");
        assertThat(everything()).as("a second run changes nothing").isEqualTo(live);
    }

    @Test
    void aChangeAfterTheRollUpShowsAtOnceAndTheNextRollUpKeepsIt() {
        String order = data.extraOrder(5);
        ReportRange day = new ReportRange(D.plusDays(5), D.plusDays(5), Grouping.DAY);
        data.watermark(ReportDataSet.instant(5, "00:00"));
        ReportDataSet.at(5, "20:00");
        rollUp.run();
        assertThat(revenue(day)).isEqualTo(new BigDecimal("520.00"));

        ReportDataSet.at(5, "21:00");
        billing.creditNote(billing.currentBillOf(order, ReportDataSet.OWNER).orElseThrow(), new BigDecimal("20.00"),
                "Late: a sweet on the house", ReportDataSet.OWNER);
        assertThat(revenue(day)).as("live, before the next roll-up").isEqualTo(new BigDecimal("500.00"));
        assertThat(jdbc.queryForObject("SELECT revenue FROM report_sales_day WHERE shop_day = ? AND channel = 'PHONE'",
                BigDecimal.class, D.plusDays(5))).as("the stored day is still as rolled up").isEqualByComparingTo("520.00");

        ReportDataSet.at(6, "00:20");
        rollUp.run();
        assertThat(jdbc.queryForObject("SELECT revenue FROM report_sales_day WHERE shop_day = ? AND channel = 'PHONE'",
                BigDecimal.class, D.plusDays(5))).isEqualByComparingTo("500.00");
        assertThat(revenue(day)).isEqualTo(new BigDecimal("500.00"));
    }

    private BigDecimal revenue(ReportRange range) {
        Report sales = reports.report("sales", range.from().toString(), range.to().toString(), "day",
                ReportDataSet.OWNER, Locale.ENGLISH);
        return (BigDecimal) ReportFiguresTest.row(sales.table("channels"), "reports.channel.PHONE").get(4);
    }

    private Map<String, List<ReportTable>> everything() {
        Map<String, List<ReportTable>> all = new LinkedHashMap<>();
        for (String id : REPORTS) {
            for (String group : List.of("day", "week")) {
                all.put(id + "/" + group, reports.report(id, D.toString(), D.plusDays(2).toString(), group,
                        ReportDataSet.OWNER, Locale.ENGLISH).tables());
            }
        }
        return all;
    }
}
