package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.DATE;
import static com.orderflow.reports.ReportTable.Kind.PERCENT;
import static com.orderflow.reports.ReportTable.Kind.TEXT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.orderflow.platform.security.CurrentUser;

/**
 * Fulfilment (S7), per week by default: of the orders that reached their end in the period, how many
 * were delivered within their promise (of those delivered with one), delivered clean (no return, no
 * stock shortage), cancelled and returned; the cancellation reasons of the range.
 */
@Service
public class FulfilmentReport {
    static final int REASONS = 8;

    private final ReportData data;

    FulfilmentReport(ReportData data) {
        this.data = data;
    }

    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        Map<LocalDate, DayRow> periods = new LinkedHashMap<>();
        range.periods().forEach(p -> periods.put(p, new DayRow(DayTable.SALES, p, List.of(""))));
        ReportData.View view = data.view(range);
        for (DayRow row : view.rows(DayTable.SALES, range, true, ReportData.RowFilter.all())) {
            if (!Aggregator.WALK_IN.equals(row.key(0))) {
                periods.get(range.grouping().periodOf(row.day)).add(row, 1);
            }
        }
        TableBuilder table = new TableBuilder("fulfilment").column("period", DATE).column("finished", COUNT)
                .column("delivered", COUNT).column("onTime", PERCENT).column("clean", PERCENT)
                .column("cancelledOrders", COUNT).column("cancelledShare", PERCENT).column("returned", COUNT);
        List<Number> onTime = new ArrayList<>();
        List<Number> clean = new ArrayList<>();
        List<Number> cancelled = new ArrayList<>();
        boolean empty = true;
        for (Map.Entry<LocalDate, DayRow> entry : periods.entrySet()) {
            DayRow r = entry.getValue();
            var onTimeShare = TableBuilder.percent(r.count("delivered_on_time"), r.count("delivered_promised"));
            var cleanShare = TableBuilder.percent(r.count("delivered_clean"), r.count("delivered"));
            table.row(entry.getKey(), r.count("finished"), r.count("delivered"), onTimeShare, cleanShare,
                    r.count("cancelled_final"), TableBuilder.percent(r.count("cancelled_final"), r.count("finished")),
                    r.count("returned_final"));
            onTime.add(onTimeShare);
            clean.add(cleanShare);
            cancelled.add(r.count("cancelled_final"));
            empty &= r.count("finished") == 0;
        }
        TableBuilder reasons = new TableBuilder("cancelReasons").column("reason", TEXT).column("orders", COUNT);
        List<DayRow> byReason = view.rows(DayTable.CANCEL, range, false, ReportData.RowFilter.all()).stream()
                .sorted(Comparator.comparingLong((DayRow r) -> r.counts[0]).reversed().thenComparing(r -> r.key(0)))
                .toList();
        long other = 0;
        for (int i = 0; i < byReason.size(); i++) {
            if (i < REASONS) {
                String words = byReason.get(i).label(0);
                reasons.row(words == null || words.isBlank() ? "—" : words, byReason.get(i).counts[0]);
            } else {
                other += byReason.get(i).counts[0];
            }
        }
        if (other > 0) {
            reasons.row("…", other);
        }
        Report.Chart chart = new Report.Chart("bar", periods.keySet().stream().map(LocalDate::toString).toList(), true,
                List.of(new Report.Dataset("reports.col.onTime", onTime, true),
                        new Report.Dataset("reports.col.clean", clean, true),
                        new Report.Dataset("reports.col.cancelledOrders", cancelled, false)));
        return new Report("fulfilment", range, List.of(table.build(), reasons.build()), chart, empty,
                List.of("reports.note.fulfilment"));
    }
}
