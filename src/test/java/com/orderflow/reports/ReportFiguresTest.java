package com.orderflow.reports;

import static com.orderflow.reports.ReportDataSet.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.delivery.ZoneService;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Every figure of every report against the hand-built week of {@link ReportDataSet}, computed live
 * (no roll-up yet). The roll-up's own test ({@link RollUpTest}) checks that the rolled-up tables give
 * the same figures.
 */
@OrderflowSpringTest
class ReportFiguresTest {
    static final ReportRange WEEK = new ReportRange(D, D.plusDays(2), Grouping.DAY);

    @Autowired
    ReportDataSet data;
    @Autowired
    Reports reports;
    @Autowired
    Heatmap heatmap;
    @Autowired
    ZoneService zones;
    @Autowired
    DailySummary summary;

    @BeforeEach
    void theWeekWithoutRollUp() {
        data.build();
        data.watermark(null);
        ReportDataSet.at(2, "18:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void salesAndDispatchCountOrdersOnTheirIstDayWithRevenueNetOfCreditNotesAndWithoutCancelledOrders() {
        Report sales = report("sales", WEEK);
        ReportTable periods = sales.table("sales");
        assertThat(row(periods, D, "reports.channel.PHONE")).containsExactly(D, "reports.channel.PHONE", 2L, 5L,
                money("3190.00"), money("3190.00"), money("1595.00"), 1L, 1L);
        assertThat(row(periods, D, "reports.channel.WALK_IN")).containsExactly(D, "reports.channel.WALK_IN", 1L, 1L,
                money("1000.00"), money("1000.00"), money("1000.00"), 0L, 0L);
        // the 00:10 IST advance booking is 18:40 UTC on D: it counts on D+1
        assertThat(row(periods, D.plusDays(1), "reports.channel.ADVANCE_BOOKING")).containsExactly(D.plusDays(1),
                "reports.channel.ADVANCE_BOOKING", 1L, 10L, money("1500.00"), money("0.00"), null, 0L, 0L);
        assertThat(row(periods, D.plusDays(1), "reports.channel.ONLINE")).containsExactly(D.plusDays(1),
                "reports.channel.ONLINE", 1L, 3L, money("820.00"), money("699.50"), money("699.50"), 1L, 1L);
        assertThat(row(periods, D.plusDays(1), "reports.channel.PHONE")).containsExactly(D.plusDays(1),
                "reports.channel.PHONE", 0L, 0L, money("0.00"), money("0.00"), null, 1L, 1L);
        assertThat(row(periods, D.plusDays(2), "reports.channel.PHONE")).containsExactly(D.plusDays(2),
                "reports.channel.PHONE", 2L, 2L, money("1150.00"), money("1150.00"), money("575.00"), 1L, 0L);
        assertThat(periods.rows()).hasSize(7);

        ReportTable channels = sales.table("channels");
        assertThat(row(channels, "reports.channel.PHONE")).containsExactly("reports.channel.PHONE", 4L, 7L,
                money("4340.00"), money("4340.00"), money("1085.00"), 3L, 2L, 1L);
        assertThat(row(channels, "reports.channel.ADVANCE_BOOKING")).containsExactly("reports.channel.ADVANCE_BOOKING",
                1L, 10L, money("1500.00"), money("0.00"), null, 0L, 0L, 0L);
        assertThat(row(channels, "reports.channel.WALK_IN")).containsExactly("reports.channel.WALK_IN", 2L, 4L,
                money("1450.00"), money("1450.00"), money("725.00"), 0L, 0L, 0L);
        assertThat(sales.empty()).isFalse();
        assertThat(sales.chart().labels()).containsExactly(D.toString(), D.plusDays(1).toString(), D.plusDays(2).toString());

        Report byWeek = report("sales", new ReportRange(D, D.plusDays(2), Grouping.WEEK));
        assertThat(row(byWeek.table("sales"), D, "reports.channel.PHONE")).containsExactly(D, "reports.channel.PHONE",
                4L, 7L, money("4340.00"), money("4340.00"), money("1085.00"), 3L, 2L);
    }

    @Test
    void theOrderAt2350IstCountsOnItsIstDay() {
        Report day = report("sales", new ReportRange(D, D, Grouping.DAY));
        assertThat(row(day.table("channels"), "reports.channel.PHONE").get(1)).as("O1 and the 23:50 order O2").isEqualTo(2L);
        Report next = report("sales", new ReportRange(D.plusDays(1), D.plusDays(1), Grouping.DAY));
        assertThat(row(next.table("channels"), "reports.channel.PHONE").get(1)).isEqualTo(0L);
        assertThat(row(next.table("channels"), "reports.channel.ADVANCE_BOOKING").get(1))
                .as("the 00:10 IST booking, though it is 18:40 UTC on D").isEqualTo(1L);
    }

    @Test
    void productsBySizeAndZoneWithMoversStockCoverAndTrend() {
        String dahisar = zones.zoneOf("400068", "Dahisar East");
        String borivali = zones.zoneOf("400092", "Borivali West");
        Report products = report("products", WEEK);
        ReportTable byZone = products.table("productsByZone");
        assertThat(rows(byZone, "Report Kaju", "1 kg")).containsExactlyInAnyOrder(
                List.of("Report Kaju", "1 kg", dahisar, 2L, money("2000.00")),
                List.of("Report Kaju", "1 kg", borivali, 1L, money("1000.00")),
                List.of("Report Kaju", "1 kg", "Counter", 1L, money("1000.00")));
        assertThat(rows(byZone, "Report Ladoo", "250 g")).containsExactlyInAnyOrder(
                List.of("Report Ladoo", "250 g", dahisar, 14L, money("2100.00")),
                List.of("Report Ladoo", "250 g", "Counter", 3L, money("450.00")));
        assertThat(rows(byZone, "Report Kaju", "500 g")).containsExactlyInAnyOrder(
                List.of("Report Kaju", "500 g", borivali, 2L, money("1040.00")),
                List.of("Report Kaju", "500 g", dahisar, 1L, money("520.00")));
        ReportTable fast = products.table("fastMovers");
        // stock now: received 100 (+20 for advance bookings of RPL-250), less what was packed or sold
        assertThat(row(fast, "Report Ladoo", "250 g")).containsExactly("Report Ladoo", "250 g", 17L, money("2550.00"), 0L,
                null, 113L, new BigDecimal("19.9"));
        assertThat(row(fast, "Report Kaju", "1 kg")).containsExactly("Report Kaju", "1 kg", 4L, money("4000.00"), 0L,
                null, 96L, new BigDecimal("72.0"));
        assertThat(row(fast, "Report Kaju", "500 g")).containsExactly("Report Kaju", "500 g", 3L, money("1560.00"), 0L,
                null, 97L, new BigDecimal("97.0"));
        assertThat(names(fast)).as("the week's only products, fastest first")
                .containsExactly("Report Ladoo 250 g", "Report Kaju 1 kg", "Report Kaju 500 g");

        Report later = report("products", new ReportRange(D.plusDays(3), D.plusDays(4), Grouping.DAY));
        assertThat(later.empty()).isTrue();
        Report trend = report("products", new ReportRange(D.plusDays(1), D.plusDays(1), Grouping.DAY));
        // D+1: RPL-250 10 (O3) + 2 (O5) + 3 (S2) = 15 units against 1 (O1) the day before: +1400 %
        assertThat(row(trend.table("fastMovers"), "Report Ladoo", "250 g")).containsExactly("Report Ladoo", "250 g",
                15L, money("2250.00"), 1L, new BigDecimal("1400.0"), 113L, new BigDecimal("7.5"));
    }

    @Test
    void pendingDeliveriesByAgeBucketZoneAndDeliveryBoy() {
        Report pending = report("pending", WEEK);
        String dahisar = zones.zoneOf("400068", "Dahisar East");
        assertThat(pending.table("pending").rows()).containsExactly(
                List.of("reports.age.between|2|6", dahisar, "", 1L, 0L));
        List<Object> order = pending.table("pendingOrders").rows().get(0);
        assertThat(((ReportTable.Link) order.get(0)).text()).isEqualTo(data.build().o8());
        assertThat(order.subList(1, 6)).containsExactly("status.READY_FOR_DISPATCH", dahisar, "",
                new ReportTable.Time(Duration.ofMinutes(210).toMillis(), false), "reports.no");
        ReportDataSet.at(2, "21:30");
        assertThat(report("pending", WEEK).table("pending").rows()).as("past the 21:00 promise, over 6 hours")
                .containsExactly(List.of("reports.age.between|6|24", dahisar, "", 1L, 1L));
    }

    @Test
    void peopleQueueAndWorkTimesOnTimeDeliveriesAndReturnsCaused() {
        // the last two columns: orders of theirs customers rated, and rated below 4 (none here)
        Report people = report("people", WEEK);
        ReportTable table = people.table("people");
        assertThat(row(table, ReportDataSet.PACKER)).containsExactly(ReportDataSet.PACKER, "reports.role.packer", 5L,
                minutes(10), minutes(334), minutes(20), minutes(26), 0L, null, 0L, 0L, 0L, 0L);
        assertThat(row(table, ReportDataSet.BILLER)).containsExactly(ReportDataSet.BILLER, "reports.role.biller", 5L,
                minutes(5), minutes(8), minutes(10), minutes(18), 0L, null, 0L, 0L, 0L, 0L);
        // a delivery stop is his from the moment it is made: no queue; O7 was damaged on his run
        assertThat(row(table, ReportDataSet.RAVI)).containsExactly(ReportDataSet.RAVI, "reports.role.delivery", 2L,
                null, null, minutes(50), minutes(58), 2L, new BigDecimal("100.0"), 0L, 0L, 0L, 0L);
        assertThat(row(table, ReportDataSet.IMRAN)).containsExactly(ReportDataSet.IMRAN, "reports.role.delivery", 2L,
                null, null, minutes(45), minutes(57), 1L, new BigDecimal("100.0"), 1L, 0L, 0L, 0L);
        ReportTable steps = people.table("steps");
        assertThat(row(steps, ReportDataSet.PACKER, "Pack order")).containsExactly(ReportDataSet.PACKER, "Pack order", 5L,
                minutes(10), minutes(334), minutes(20), minutes(26));
    }

    @Test
    void fulfilmentPerWeekWithCancellationReasons() {
        Report fulfilment = report("fulfilment", new ReportRange(D, D.plusDays(2), Grouping.WEEK));
        assertThat(fulfilment.table("fulfilment").rows()).containsExactly(List.of(D, 5L, 3L, new BigDecimal("100.0"),
                new BigDecimal("100.0"), 1L, new BigDecimal("20.0"), 1L));
        assertThat(fulfilment.table("cancelReasons").rows()).containsExactly(List.of("Customer changed mind", 1L));
        Report byDay = report("fulfilment", WEEK);
        assertThat(byDay.table("fulfilment").rows()).containsExactly(
                Arrays.asList(D, 2L, 1L, new BigDecimal("100.0"), new BigDecimal("100.0"), 1L, new BigDecimal("50.0"), 0L),
                Arrays.asList(D.plusDays(1), 2L, 2L, new BigDecimal("100.0"), new BigDecimal("100.0"), 0L,
                        new BigDecimal("0.0"), 0L),
                Arrays.asList(D.plusDays(2), 1L, 0L, null, null, 0L, new BigDecimal("0.0"), 1L));
    }

    @Test
    void timeInStatusPerStatusAndStepAndTheBottleneckList() {
        Report times = report("time-in-status", WEEK);
        ReportTable statuses = times.table("statuses");
        assertThat(row(statuses, "status.RECEIVED", "reports.channels.others").subList(2, 7)).containsExactly(5L,
                minutes(30), minutes(355), minutes(136), minutes(680));
        assertThat(row(statuses, "status.PACKED", "reports.channels.others").subList(2, 5)).containsExactly(5L,
                minutes(15), minutes(26));
        assertThat(row(statuses, "status.BILLED", "reports.channels.others").subList(2, 5)).containsExactly(5L,
                minutes(0), minutes(0));
        assertThat(row(statuses, "status.READY_FOR_DISPATCH", "reports.channels.others").subList(2, 5))
                .as("O8 is still waiting: not counted").containsExactly(4L, minutes(30), minutes(51));
        assertThat(row(statuses, "status.OUT_FOR_DELIVERY", "reports.channels.others").subList(2, 5))
                .containsExactly(4L, minutes(50), minutes(60));
        assertThat(statuses.rows()).noneMatch(r -> "reports.channels.advance".equals(r.get(1)));

        ReportTable steps = times.table("processSteps");
        assertThat(row(steps, "Pack order")).containsExactly("Pack order", 5L, minutes(136), minutes(30), minutes(355),
                minutes(680));
        ReportTable bottlenecks = times.table("bottlenecks");
        List<Object> first = bottlenecks.rows().get(0);
        assertThat(first.subList(0, 7)).containsExactly(1L, "order-fulfilment", "Pack order", ReportDataSet.PACKER, 5L,
                minutes(680), minutes(355));
        assertThat(((ReportTable.Link) first.get(7)).href()).contains("kind=task").contains("key=UserTask_PackOrder")
                .contains("person=" + ReportDataSet.PACKER);
        List<Long> totals = bottlenecks.rows().stream().map(r -> ((ReportTable.Time) r.get(5)).ms()).toList();
        assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theSlowestOrdersBehindABottleneck() {
        Report slowest = report("slowest", WEEK, "task", "UserTask_PackOrder", ReportDataSet.PACKER);
        List<String> orders = slowest.table("slowest").rows().stream()
                .map(r -> ((ReportTable.Link) r.get(0)).text()).toList();
        ReportDataSet.Built week = data.build();
        assertThat(orders).containsExactly(week.o2(), week.o7(), week.o1(), week.o5(), week.o8());
        assertThat(slowest.table("slowest").rows().get(0).subList(1, 5)).containsExactly(ReportDataSet.PACKER,
                minutes(565), minutes(550), minutes(15));
    }

    @Test
    void customersByRevenueAndOrdersAndRegionsByZoneAndLocality() {
        String dahisar = zones.zoneOf("400068", "Dahisar East");
        String borivali = zones.zoneOf("400092", "Borivali West");
        Report customers = report("customers", WEEK);
        assertThat(customers.table("topByRevenue").rows()).containsExactly(
                List.of("Sita Report", "+919000010001", 2L, money("2849.50"), money("1424.75")),
                List.of("Rahul Report", "+919000010002", 1L, money("1040.00"), money("1040.00")),
                List.of("Farhan Report", "+919000010004", 1L, money("1000.00"), money("1000.00")),
                List.of("Meena Report", "+919000010008", 1L, money("150.00"), money("150.00")),
                List.of("Leela Report", "+919000010003", 1L, money("0.00"), money("0.00")));
        assertThat(customers.table("topByOrders").rows().get(0).get(0)).isEqualTo("Sita Report");
        assertThat(customers.table("zones").rows()).containsExactly(
                List.of(dahisar, 4L, money("2999.50")), List.of(borivali, 2L, money("2040.00")));
        assertThat(customers.table("localities").rows()).containsExactly(
                List.of(dahisar, "Dahisar East", 4L, money("2999.50")),
                List.of(borivali, "Borivali West", 2L, money("2040.00")));
    }

    @Test
    void theHeatmapColoursEachStepByItsP90AndCountsIt() {
        Heatmap.View view = heatmap.heat("order-fulfilment", null, WEEK, ReportDataSet.OWNER);
        Heatmap.Node pack = node(view, "UserTask_PackOrder");
        assertThat(List.of(pack.count(), pack.averageMs(), pack.p90Ms(), pack.heat()))
                .containsExactly(5L, Duration.ofMinutes(136).toMillis(), Duration.ofMinutes(355).toMillis(), 4);
        Heatmap.Node bill = node(view, "UserTask_BillOrder");
        assertThat(List.of(bill.count(), bill.averageMs(), bill.p90Ms(), bill.heat()))
                .containsExactly(5L, Duration.ofMinutes(18).toMillis(), Duration.ofMinutes(26).toMillis(), 1);
        Heatmap.Node waiting = node(view, "MessageEvent_OutForDelivery");
        assertThat(List.of(waiting.count(), waiting.averageMs(), waiting.p90Ms()))
                .containsExactly(4L, Duration.ofMinutes(35).toMillis(), Duration.ofMinutes(51).toMillis());
        assertThat(view.nodes()).allMatch(n -> !n.approximate(), "well-separated durations read exactly");
    }

    @Test
    void theDailySummaryOfADay() {
        DailySummary.Figures day = summary.compose(D);
        assertThat(List.of(day.orders(), day.revenue(), day.walkIns(), day.walkInValue()))
                .containsExactly(2L, money("3190.00"), 1L, money("1000.00"));
        assertThat(summary.text(day, Locale.ENGLISH)).startsWith("Day summary 2031-03-10: 2 orders, revenue ₹3,190.00;"
                + " counter sales 1 (₹1,000.00);");
        assertThat(summary.text(day, Locale.forLanguageTag("mr"))).startsWith("दिवसाचा सारांश 2031-03-10: 2 ऑर्डर");
    }

    private Report report(String id, ReportRange range) {
        return reports.report(id, range.from().toString(), range.to().toString(), range.grouping().parameter(),
                ReportDataSet.OWNER, Locale.ENGLISH);
    }

    private Report report(String id, ReportRange range, String kind, String key, String person) {
        return slowest.report(range, kind, key, person, null, ReportDataSet.OWNER);
    }

    @Autowired
    SlowestOrders slowest;

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    static ReportTable.Time minutes(long minutes) {
        return new ReportTable.Time(Duration.ofMinutes(minutes).toMillis(), false);
    }

    /** The one row whose first cells are these. */
    static List<Object> row(ReportTable table, Object... first) {
        List<List<Object>> found = rows(table, first);
        assertThat(found).as(table.id() + " rows starting " + Arrays.toString(first) + " in " + table.rows()).hasSize(1);
        return found.get(0);
    }

    static List<List<Object>> rows(ReportTable table, Object... first) {
        List<List<Object>> found = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            boolean match = true;
            for (int i = 0; i < first.length; i++) {
                match &= Objects.equals(row.get(i), first[i]);
            }
            if (match) {
                found.add(row);
            }
        }
        return found;
    }

    private static List<String> names(ReportTable table) {
        return table.rows().stream().map(r -> r.get(0) + " " + r.get(1)).toList();
    }

    private static Heatmap.Node node(Heatmap.View view, String activity) {
        return view.nodes().stream().filter(n -> n.activityId().equals(activity)).findFirst().orElseThrow();
    }
}
