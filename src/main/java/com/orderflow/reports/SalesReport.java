package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.DATE;
import static com.orderflow.reports.ReportTable.Kind.LABEL;
import static com.orderflow.reports.ReportTable.Kind.MONEY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.orderflow.platform.security.CurrentUser;

/**
 * Sales and dispatch (K8): per period and channel, orders placed (not cancelled, not replacements),
 * items, value booked, revenue (bills net of credit notes, by the day the order was placed), the
 * average order value over billed orders, and orders dispatched and delivered (by the day they were);
 * advance bookings, phone, online and counter orders side by side with walk-in counter sales.
 */
@Service
public class SalesReport {
    static final List<String> CHANNELS = List.of("ADVANCE_BOOKING", "PHONE", "ONLINE", "COUNTER", Aggregator.WALK_IN);

    private final ReportData data;

    SalesReport(ReportData data) {
        this.data = data;
    }

    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        Map<LocalDate, Map<String, DayRow>> byPeriod = new LinkedHashMap<>();
        range.periods().forEach(period -> byPeriod.put(period, new LinkedHashMap<>()));
        Map<String, DayRow> totals = new LinkedHashMap<>();
        CHANNELS.forEach(channel -> totals.put(channel, new DayRow(DayTable.SALES, null, List.of(channel))));
        for (DayRow row : data.rows(DayTable.SALES, range, true, ReportData.RowFilter.all())) {
            LocalDate period = range.grouping().periodOf(row.day);
            byPeriod.get(period).computeIfAbsent(row.key(0), c -> new DayRow(DayTable.SALES, period, List.of(c))).add(row, 1);
            totals.computeIfAbsent(row.key(0), c -> new DayRow(DayTable.SALES, null, List.of(c))).add(row, 1);
        }
        TableBuilder periods = columns(new TableBuilder("sales").column("period", DATE));
        byPeriod.forEach((period, channels) -> CHANNELS.stream().filter(channels::containsKey)
                .forEach(channel -> periods.row(cells(period, channel, channels.get(channel)))));
        TableBuilder channels = columns(new TableBuilder("channels")).column("cancelled", COUNT);
        totals.forEach((channel, row) -> {
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(cells(null, channel, row)).subList(1, 9));
            cells.add(row.count("cancelled"));
            channels.row(cells.toArray());
        });
        List<Report.Dataset> revenue = new ArrayList<>();
        for (String channel : CHANNELS) {
            revenue.add(new Report.Dataset("reports.channel." + channel, byPeriod.values().stream()
                    .map(c -> (Number) (c.containsKey(channel) ? c.get(channel).money("revenue") : DayRow.ZERO))
                    .toList(), false));
        }
        boolean empty = totals.values().stream().allMatch(row -> row.count("orders") + row.count("cancelled")
                + row.count("replacements") + row.count("dispatched") + row.count("delivered") == 0);
        return new Report("sales", range, List.of(periods.build(), channels.build()),
                new Report.Chart("bar", byPeriod.keySet().stream().map(LocalDate::toString).toList(), true, revenue),
                empty, List.of("reports.note.sales"));
    }

    private static TableBuilder columns(TableBuilder table) {
        return table.column("channel", LABEL).column("orders", COUNT).column("items", COUNT).column("booked", MONEY)
                .column("revenue", MONEY).column("averageOrder", MONEY).column("dispatched", COUNT)
                .column("delivered", COUNT);
    }

    private static Object[] cells(LocalDate period, String channel, DayRow row) {
        return new Object[] {period, "reports.channel." + channel, row.count("orders"), row.count("items"),
            row.money("booked"), row.money("revenue"), TableBuilder.average(row.money("revenue"), row.count("billed_orders")),
            row.count("dispatched"), row.count("delivered")};
    }
}
