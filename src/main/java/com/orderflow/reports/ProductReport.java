package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.COUNT;
import static com.orderflow.reports.ReportTable.Kind.DAYS;
import static com.orderflow.reports.ReportTable.Kind.MONEY;
import static com.orderflow.reports.ReportTable.Kind.PERCENT;
import static com.orderflow.reports.ReportTable.Kind.TEXT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * Products (K13): units and value per product and size and per zone (walk-in sales under the
 * counter), and the fast and slow movers: units in the range, the trend against the previous range
 * of the same length, sellable stock now and how many days it lasts at the range's pace.
 */
@Service
public class ProductReport {
    private final ReportData data;
    private final ShopNow now;
    private final ShopClock clock;
    private final ReportSettings settings;

    ProductReport(ReportData data, ShopNow now, ShopClock clock, ReportSettings settings) {
        this.data = data;
        this.now = now;
        this.clock = clock;
        this.settings = settings;
    }

    public Report report(ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        ReportData.View view = data.view(range, range.previous());
        List<DayRow> rows = view.rows(DayTable.PRODUCT, range, false, ReportData.RowFilter.all());
        TableBuilder byZone = new TableBuilder("productsByZone").column("product", TEXT).column("size", TEXT)
                .column("zone", TEXT).column("units", COUNT).column("value", MONEY);
        Map<String, Mover> movers = new LinkedHashMap<>();
        for (ShopNow.Stock stock : now.stock(clock.today())) {
            movers.put(stock.sku(), new Mover(stock.name(), stock.size(), stock.sellable()));
        }
        rows.stream().sorted(Comparator.comparingLong((DayRow r) -> r.counts[0]).reversed()
                .thenComparing(r -> r.label(0)).thenComparing(r -> r.key(1))).forEach(row -> {
                    byZone.row(row.label(0), row.label(1), row.key(1), row.counts[0], row.money[0]);
                    movers.computeIfAbsent(row.key(0), sku -> new Mover(row.label(0), row.label(1), 0)).add(row, false);
                });
        for (DayRow row : view.rows(DayTable.PRODUCT, range.previous(), false, ReportData.RowFilter.all())) {
            movers.computeIfAbsent(row.key(0), sku -> new Mover(row.label(0), row.label(1), 0)).add(row, true);
        }
        Comparator<Mover> byUnits = Comparator.comparingLong(Mover::units).thenComparing(Mover::name)
                .thenComparing(Mover::size);
        TableBuilder fast = moverTable("fastMovers");
        movers.values().stream().filter(m -> m.units > 0).sorted(byUnits.reversed()).limit(settings.movers())
                .forEach(m -> moverRow(fast, m, range));
        TableBuilder slow = moverTable("slowMovers");
        movers.values().stream().sorted(byUnits).limit(settings.movers()).forEach(m -> moverRow(slow, m, range));
        List<Mover> top = movers.values().stream().filter(m -> m.units > 0).sorted(byUnits.reversed()).limit(10).toList();
        Report.Chart chart = new Report.Chart("bar", top.stream().map(m -> m.name + " " + m.size).toList(), false, List.of(
                new Report.Dataset("reports.chart.unitsNow", top.stream().map(m -> (Number) m.units).toList(), false),
                new Report.Dataset("reports.chart.unitsBefore", top.stream().map(m -> (Number) m.previousUnits).toList(),
                        false)));
        return new Report("products", range, List.of(byZone.build(), fast.build(), slow.build()), chart,
                rows.isEmpty(), List.of("reports.note.products"));
    }

    private static TableBuilder moverTable(String id) {
        return new TableBuilder(id).column("product", TEXT).column("size", TEXT).column("units", COUNT)
                .column("value", MONEY).column("unitsBefore", COUNT).column("trend", PERCENT).column("stock", COUNT)
                .column("daysOfCover", DAYS);
    }

    private static void moverRow(TableBuilder table, Mover m, ReportRange range) {
        BigDecimal trend = m.previousUnits == 0 ? null
                : BigDecimal.valueOf(m.units - m.previousUnits).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(m.previousUnits), 1, RoundingMode.HALF_UP);
        BigDecimal cover = m.units == 0 ? null
                : BigDecimal.valueOf(m.stock).multiply(BigDecimal.valueOf(range.days()))
                        .divide(BigDecimal.valueOf(m.units), 1, RoundingMode.HALF_UP);
        table.row(m.name, m.size, m.units, m.value, m.previousUnits, trend, m.stock, cover);
    }

    /** One product and size: units and value now and before, and its sellable stock. */
    private static final class Mover {
        final String name;
        final String size;
        final long stock;
        long units;
        long previousUnits;
        BigDecimal value = DayRow.ZERO;

        Mover(String name, String size, long stock) {
            this.name = name;
            this.size = size;
            this.stock = stock;
        }

        void add(DayRow row, boolean previous) {
            if (previous) {
                previousUnits += row.counts[0];
            } else {
                units += row.counts[0];
                value = value.add(row.money[0]);
            }
        }

        long units() {
            return units;
        }

        String name() {
            return name;
        }

        String size() {
            return size;
        }
    }
}
