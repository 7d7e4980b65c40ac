package com.orderflow.packing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;

/**
 * The packing list for a delivery day (K4): every advance booking to deliver that day (not
 * cancelled), added up by product and size, so the godown sets out tomorrow's goods the evening
 * before. The daily-packing-list process prints it for the next day; the packing pages show any day.
 */
@Service
public class DailyPackingList {
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.PACKER, Roles.ORDER_MANAGER, Roles.BILLER);

    private final OrderLifecycle orders;
    private final PrinterQueue printer;
    private final AuditLog audit;
    private final ShopClock clock;

    DailyPackingList(OrderLifecycle orders, PrinterQueue printer, AuditLog audit, ShopClock clock) {
        this.orders = orders;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** One product and size: how many packs in all, for which orders. */
    public record Row(String sku, String product, String size, int packs, List<String> orders) {
    }

    /** The list for a day: rows by product and size, and the orders it covers. */
    public record PackingList(LocalDate date, List<Row> rows, List<String> orders, int packs) {
        public String summary() {
            return orders.size() + " advance order(s), " + packs + " pack(s): " + rows.stream()
                    .map(r -> r.product() + (r.size() == null ? "" : " " + r.size()) + " × " + r.packs())
                    .reduce((a, b) -> a + "; " + b).orElse("nothing to pack");
        }

        public String fileName() {
            return "packing-list-" + date + ".pdf";
        }
    }

    /** Tomorrow in the shop's zone: the day the evening's list is for. */
    public LocalDate tomorrow() {
        return clock.today().plusDays(1);
    }

    /** The list for a day, for packers, admins, order managers and billers. */
    @Transactional(readOnly = true)
    public PackingList listFor(LocalDate date, CurrentUser user) {
        if (ROLES.stream().noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Your role may not see the packing list");
        }
        return build(date);
    }

    /** The list for a day as the process's adapters read it (no user, nothing printed). */
    @Transactional(readOnly = true)
    public PackingList of(LocalDate date) {
        return build(date);
    }

    /** The list for a day as a PDF (A4). */
    @Transactional(readOnly = true)
    public byte[] pdf(LocalDate date, CurrentUser user) {
        return PackingListPdf.render(listFor(date, user), clock);
    }

    /**
     * Builds the list for a day and sends its PDF to the packing printer (the process's evening
     * step; no user). Printing again replaces the day's file.
     */
    @Transactional
    public PackingList printFor(LocalDate date) {
        PackingList list = build(date);
        try {
            printer.print(list.fileName(), PackingListPdf.render(list, clock));
        } catch (IOException e) {
            throw new UncheckedIOException("The packing list for " + date + " could not be printed", e);
        }
        audit.record(EngineActor.SYSTEM, "PACKING_LIST_PRINTED", null, date + ": " + list.summary());
        return list;
    }

    private PackingList build(LocalDate date) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> numbers = new ArrayList<>();
        int packs = 0;
        for (OrderView order : orders.advanceBookingsFor(date)) {
            numbers.add(order.number());
            for (OrderView.LineView line : order.lines()) {
                String key = line.sku() + "|" + (line.size() == null ? "" : line.size());
                Row row = rows.get(key);
                Set<String> on = new TreeSet<>(row == null ? List.of() : row.orders());
                on.add(order.number());
                rows.put(key, new Row(line.sku(), line.product(), line.size(),
                        (row == null ? 0 : row.packs()) + line.quantity(), List.copyOf(on)));
                packs += line.quantity();
            }
        }
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing(Row::product).thenComparing(r -> r.size() == null ? "" : r.size()));
        return new PackingList(date, sorted, numbers, packs);
    }
}
