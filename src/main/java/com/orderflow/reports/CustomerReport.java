package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.MONEY;
import static com.orderflow.reports.ReportTable.Kind.TEXT;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import com.orderflow.platform.security.CurrentUser;

/**
 * Customers and regions (F4): the top customers by revenue and by number of orders (by phone
 * number; the name is the newest one used), and orders and revenue by zone and by locality (spellings
 * of one locality counted together).
 */
@Service
public class CustomerReport {
    private final ReportData data;
    private final ReportSettings settings;

    CustomerReport(ReportData data, ReportSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        ReportData.View view = data.view(range);
        TableBuilder byRevenue = customers("topByRevenue", view.top(DayTable.CUSTOMER, "revenue", range, settings.topCustomers()));
        TableBuilder byOrders = customers("topByOrders", view.top(DayTable.CUSTOMER, "orders", range, settings.topCustomers()));
        List<DayRow> regions = view.rows(DayTable.REGION, range, false, ReportData.RowFilter.all());
        Map<String, DayRow> zones = new TreeMap<>();
        regions.forEach(r -> zones.computeIfAbsent(r.key(0), z -> new DayRow(DayTable.REGION, null, List.of(z, ""))).add(r, 1));
        TableBuilder zoneTable = new TableBuilder("zones").column("zone", TEXT).column("orders", COUNT)
                .column("revenue", MONEY);
        zones.values().stream().sorted(Comparator.comparing((DayRow r) -> r.money[0]).reversed()
                .thenComparing(r -> r.key(0))).forEach(r -> zoneTable.row(r.key(0), r.counts[0], r.money[0]));
        TableBuilder localities = new TableBuilder("localities").column("zone", TEXT).column("locality", TEXT)
                .column("orders", COUNT).column("revenue", MONEY);
        regions.stream().sorted(Comparator.comparing((DayRow r) -> r.money[0]).reversed().thenComparing(r -> r.key(1)))
                .forEach(r -> localities.row(r.key(0), r.label(0) == null || r.label(0).isBlank() ? "—" : r.label(0),
                        r.counts[0], r.money[0]));
        List<DayRow> sortedZones = zones.values().stream()
                .sorted(Comparator.comparing((DayRow r) -> r.money[0]).reversed().thenComparing(r -> r.key(0))).toList();
        Report.Chart chart = new Report.Chart("bar", sortedZones.stream().map(r -> r.key(0)).toList(), false,
                List.of(new Report.Dataset("reports.col.revenue",
                        sortedZones.stream().map(r -> (Number) r.money[0]).toList(), false)));
        return new Report("customers", range, List.of(byRevenue.build(), byOrders.build(), zoneTable.build(),
                localities.build()), chart, regions.isEmpty(), List.of("reports.note.customers"));
    }

    private static TableBuilder customers(String id, List<DayRow> rows) {
        TableBuilder table = new TableBuilder(id).column("customer", TEXT).column("phone", TEXT).column("orders", COUNT)
                .column("revenue", MONEY).column("averageOrder", MONEY);
        rows.stream().filter(r -> r.counts[0] > 0 || r.money[0].signum() != 0).forEach(r -> table.row(r.label(0),
                r.key(0), r.counts[0], r.money[0], TableBuilder.average(r.money[0], r.counts[0])));
        return table;
    }
}
