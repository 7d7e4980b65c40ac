package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.LABEL;
import static com.orderflow.reports.ReportTable.Kind.LINK;
import static com.orderflow.reports.ReportTable.Kind.TEXT;
import static com.orderflow.reports.ReportTable.Kind.TIME;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.delivery.ZoneService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * Pending deliveries: orders placed in the range that are ready for dispatch or out for delivery
 * right now, by how long they have waited since they were ready (buckets from
 * {@code orderflow.reports.pending-ages}), zone and delivery boy; late = past the promise.
 */
@Service
public class PendingReport {
    private final ShopNow now;
    private final ZoneService zones;
    private final ShopClock clock;
    private final ReportSettings settings;

    PendingReport(ShopNow now, ZoneService zones, ShopClock clock, ReportSettings settings) {
        this.now = now;
        this.zones = zones;
        this.clock = clock;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        Instant at = clock.now();
        List<ShopNow.Pending> pending = now.pending(range.start(clock), range.end(clock));
        List<String> buckets = bucketNames();
        Map<List<String>, long[]> groups = new TreeMap<>((a, b) -> {
            int bucket = Integer.compare(buckets.indexOf(a.get(0)), buckets.indexOf(b.get(0)));
            return bucket != 0 ? bucket : (a.get(1) + "|" + a.get(2)).compareTo(b.get(1) + "|" + b.get(2));
        });
        TableBuilder orders = new TableBuilder("pendingOrders").column("order", LINK).column("status", LABEL)
                .column("zone", TEXT).column("deliveryBoy", TEXT).column("waiting", TIME).column("late", LABEL);
        Map<String, Map<String, Long>> chart = new TreeMap<>();
        Map<String, String> zoneByAddress = new HashMap<>();
        for (ShopNow.Pending p : pending) {
            long waited = Duration.between(p.readySince(), at).toMillis();
            String bucket = buckets.get(bucketOf(waited));
            String zone = p.zone() != null ? p.zone()
                    : zoneByAddress.computeIfAbsent(p.pincode() + "|" + p.locality(), k -> zones.zoneOf(p.pincode(), p.locality()));
            String boy = p.deliveryBoy() == null ? "" : p.deliveryBoy();
            boolean late = p.promisedBy() != null && p.promisedBy().isBefore(at);
            long[] counts = groups.computeIfAbsent(List.of(bucket, zone, boy), k -> new long[2]);
            counts[0]++;
            counts[1] += late ? 1 : 0;
            chart.computeIfAbsent(zone, z -> new HashMap<>()).merge(bucket, 1L, Long::sum);
            orders.row(new ReportTable.Link(p.number(), "/orders/" + p.number()), "status." + p.status(), zone,
                    boy, new ReportTable.Time(waited, false), late ? "reports.yes" : "reports.no");
        }
        TableBuilder table = new TableBuilder("pending").column("age", LABEL).column("zone", TEXT)
                .column("deliveryBoy", TEXT).column("orders", COUNT).column("late", COUNT);
        groups.forEach((key, counts) -> table.row(key.get(0), key.get(1), key.get(2), counts[0], counts[1]));
        List<Report.Dataset> datasets = new ArrayList<>();
        chart.forEach((zone, byBucket) -> datasets.add(new Report.Dataset(zone,
                buckets.stream().map(b -> (Number) byBucket.getOrDefault(b, 0L)).toList(), false)));
        return new Report("pending", range, List.of(table.build(), orders.build()),
                new Report.Chart("bar", buckets, false, datasets), pending.isEmpty(), List.of("reports.note.pending"));
    }

    /** A message key with the bucket's limits in hours ("key|arg|arg"), worded by the page: "2–6 h". */
    private List<String> bucketNames() {
        List<Duration> ages = settings.pendingAges();
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= ages.size(); i++) {
            names.add(i == 0 ? "reports.age.under|" + hours(ages.get(0))
                    : i == ages.size() ? "reports.age.over|" + hours(ages.get(i - 1))
                    : "reports.age.between|" + hours(ages.get(i - 1)) + "|" + hours(ages.get(i)));
        }
        return names;
    }

    private static String hours(Duration age) {
        return java.math.BigDecimal.valueOf(age.toMinutes()).divide(java.math.BigDecimal.valueOf(60), 1,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private int bucketOf(long waitedMs) {
        List<Duration> ages = settings.pendingAges();
        for (int i = 0; i < ages.size(); i++) {
            if (waitedMs < ages.get(i).toMillis()) {
                return i;
            }
        }
        return ages.size();
    }
}
