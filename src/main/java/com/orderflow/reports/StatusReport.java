package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.LABEL;
import static com.orderflow.reports.ReportTable.Kind.LINK;
import static com.orderflow.reports.ReportTable.Kind.TEXT;
import static com.orderflow.reports.ReportTable.Kind.TIME;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.security.CurrentUser;

/**
 * Time in status and per process step (F1): p50 and p90 of the time orders spent in each status
 * (orders placed in the range; advance bookings apart, since they wait in Received by design) and at
 * each step of order-fulfilment, and the bottleneck list: the steps, and the people at them, where
 * orders lost the most time in the range, each with a link to its slowest orders.
 */
@Service
public class StatusReport {
    static final List<String> STATUSES = List.of("RECEIVED", "PACKED", "BILLED", "READY_FOR_DISPATCH", "OUT_FOR_DELIVERY");
    static final int BOTTLENECKS = 10;
    /** Steps where an order waits for something outside the process: they have no person of their own. */
    private static final Set<String> WAITS = Set.of("intermediateCatchEvent", "receiveTask");

    private final ReportData data;
    private final ProcessNames names;

    StatusReport(ReportData data, ProcessNames names) {
        this.data = data;
        this.names = names;
    }

    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        Map<List<String>, Histogram> statuses = new LinkedHashMap<>();
        for (String status : STATUSES) {
            statuses.put(List.of(status, "others"), new Histogram());
            statuses.put(List.of(status, "advance"), new Histogram());
        }
        ReportData.View view = data.view(range);
        for (DayRow row : rows(view, range, Aggregator.STATUS)) {
            String group = "ADVANCE_BOOKING".equals(row.key(2)) ? "advance" : "others";
            statuses.computeIfAbsent(List.of(row.key(1), group), k -> new Histogram()).merge(row.histogram, 1);
        }
        TableBuilder statusTable = new TableBuilder("statuses").column("status", LABEL).column("channels", LABEL)
                .column("orders", COUNT).column("p50", TIME).column("p90", TIME).column("average", TIME)
                .column("total", TIME).column("slowest", LINK);
        statuses.forEach((key, h) -> {
            if (!h.isEmpty()) {
                statusTable.row("status." + key.get(0), "reports.channels." + key.get(1), h.count(), p(h, 0.5),
                        p(h, 0.9), ReportTable.Time.of(h.average()), new ReportTable.Time(h.sum(), false),
                        slowest(range, "status", key.get(0), "", key.get(1)));
            }
        });
        TableBuilder steps = new TableBuilder("processSteps").column("step", TEXT).column("count", COUNT)
                .column("average", TIME).column("p50", TIME).column("p90", TIME).column("total", TIME);
        List<DayRow> activities = rows(view, range, Aggregator.ACTIVITY);
        activities.stream().filter(r -> OrderFulfilmentProcess.KEY.equals(r.key(1)) && r.histogram.sum() > 0)
                .sorted(Comparator.comparingLong((DayRow r) -> r.histogram.sum()).reversed()
                        .thenComparing(r -> r.key(2)))
                .forEach(r -> steps.row(names.name(r.key(1), r.key(2)), r.histogram.count(),
                        ReportTable.Time.of(r.histogram.average()), p(r.histogram, 0.5), p(r.histogram, 0.9),
                        new ReportTable.Time(r.histogram.sum(), false)));
        List<Report.Dataset> chart = List.of(
                new Report.Dataset("reports.col.p50", STATUSES.stream().map(s -> minutes(statuses.get(List.of(s, "others")), 0.5)).toList(), false),
                new Report.Dataset("reports.col.p90", STATUSES.stream().map(s -> minutes(statuses.get(List.of(s, "others")), 0.9)).toList(), false));
        return new Report("time-in-status", range, List.of(statusTable.build(), bottlenecks(view, range, activities),
                steps.build()), new Report.Chart("bar", STATUSES.stream().map(s -> "status." + s).toList(), false, chart),
                statuses.values().stream().allMatch(Histogram::isEmpty) && activities.isEmpty(),
                List.of("reports.note.timeInStatus"));
    }

    private ReportTable bottlenecks(ReportData.View view, ReportRange range, List<DayRow> activities) {
        List<Candidate> candidates = new ArrayList<>();
        for (DayRow row : rows(view, range, Aggregator.TASK_TOTAL)) {
            candidates.add(new Candidate(row.key(1), row.key(2), row.key(3), row.histogram));
        }
        for (DayRow row : activities) {
            ProcessNames.Node node = names.nodes(row.key(1)).get(row.key(2));
            if (node != null && WAITS.contains(node.type())) {
                candidates.add(new Candidate(row.key(1), row.key(2), "", row.histogram));
            }
        }
        TableBuilder table = new TableBuilder("bottlenecks").column("rank", COUNT).column("process", TEXT)
                .column("step", TEXT).column("person", TEXT).column("count", COUNT).column("total", TIME)
                .column("p90", TIME).column("slowest", LINK);
        List<Candidate> ranked = candidates.stream()
                .sorted(Comparator.comparingLong((Candidate c) -> c.times.sum()).reversed()
                        .thenComparing(c -> c.process + c.step + c.person))
                .limit(BOTTLENECKS).toList();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            table.row((long) i + 1, c.process, names.name(c.process, c.step), c.person, c.times.count(),
                    new ReportTable.Time(c.times.sum(), false), p(c.times, 0.9),
                    c.person.isEmpty() ? null : slowest(range, "task", c.step, c.person, ""));
        }
        return table.build();
    }

    private static List<DayRow> rows(ReportData.View view, ReportRange range, String kind) {
        return view.rows(DayTable.DURATION, range, false, ReportData.RowFilter.keyIn(DayTable.DURATION, 0, List.of(kind)));
    }

    private static ReportTable.Link slowest(ReportRange range, String kind, String key, String person, String channels) {
        return new ReportTable.Link("reports.slowest", "/reports/slowest?" + range.query() + "&kind=" + kind + "&key="
                + encode(key) + (person.isEmpty() ? "" : "&person=" + encode(person))
                + (channels.isEmpty() ? "" : "&channels=" + channels));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ReportTable.Time p(Histogram histogram, double p) {
        return ReportTable.Time.of(histogram.percentile(p));
    }

    private static Number minutes(Histogram histogram, double p) {
        Histogram.Percentile percentile = histogram.percentile(p);
        return percentile == null ? null : Math.round(percentile.ms() / 600.0) / 100.0;
    }

    private record Candidate(String process, String step, String person, Histogram times) {
    }
}
