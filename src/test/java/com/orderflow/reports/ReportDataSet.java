package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.billing.BillingService;
import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.support.OrderDriver;

/**
 * A small shop week for the reports' tests, driven through the real services and processes with the
 * engine clock moved (times in IST, on a JVM that runs in UTC), in a week of 2031 that no other test
 * touches, with its own products, staff and customers. Every figure the report tests expect is
 * worked out by hand from the timeline below.
 *
 * <pre>
 * D = Monday 10 March 2031
 * O1 PHONE  Sita   Dahisar East  D 10:00  2 × RPK-1KG + 1 × RPL-250 = 2150.00; packed 10:10–10:30, billed
 *           10:40–11:00, out with rravi 12:00, delivered 12:40
 * O2 PHONE  Rahul  Borivali West D 23:50  2 × RPK-500 = 1040.00; packed D+1 09:00–09:15, billed 09:20–09:30,
 *           out with rimran 10:00, delivered 10:30 (the 23:50 IST order: 18:20 UTC)
 * O3 ADVANCE Leela Dahisar East  D+1 00:10 (18:40 UTC on D) for D+3: 10 × RPL-250 = 1500.00, waits
 * O4 PHONE  Farhan Borivali West D 12:00  1 × RPK-1KG = 1000.00, cancelled 12:30 "Customer changed mind"
 * O5 ONLINE Sita   Dahisar East  D+1 11:00  1 × RPK-500 + 2 × RPL-250 = 820.00; packed 11:05–11:25, billed
 *           11:30–11:40, out with rravi 12:00, delivered 13:00; credit note 120.50 on D+2 10:00
 * O7 PHONE  Farhan Borivali West D+2 09:00  1 × RPK-1KG = 1000.00; packed 09:10–09:40, billed 09:45–10:00,
 *           out with rimran 10:30, brought back 11:30 "Box damaged on the way"
 * O8 PHONE  Meena  Dahisar East  D+2 14:00  1 × RPL-250 = 150.00; packed 14:10–14:20, billed 14:25–14:30,
 *           ready for dispatch, not taken out
 * S1 walk-in D 15:00 1 × RPK-1KG = 1000.00;  S2 walk-in D+1 16:00 3 × RPL-250 = 450.00
 * </pre>
 */
@Component
class ReportDataSet {
    static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    static final LocalDate D = LocalDate.of(2031, 3, 10);
    static final String PACKER = "rpacker";
    static final String BILLER = "rbiller";
    static final String RAVI = "rravi";
    static final String IMRAN = "rimran";
    static final CurrentUser OWNER = new CurrentUser("owner", Set.of(Roles.ADMIN));
    static final CurrentUser CARE = new CurrentUser("care", Set.of(Roles.CUSTOMER_CARE));
    static final CurrentUser COUNTER = new CurrentUser("biller", Set.of(Roles.BILLER));

    private final OrderService orders;
    private final OrderDriver driver;
    private final TaskService tasks;
    private final IdentityService identity;
    private final StockService stock;
    private final CounterSaleService counter;
    private final BillingService billing;
    private final JdbcTemplate jdbc;
    private Built built;

    ReportDataSet(OrderService orders, OrderDriver driver, TaskService tasks, IdentityService identity,
            StockService stock, CounterSaleService counter, BillingService billing, JdbcTemplate jdbc) {
        this.orders = orders;
        this.driver = driver;
        this.tasks = tasks;
        this.identity = identity;
        this.stock = stock;
        this.counter = counter;
        this.billing = billing;
        this.jdbc = jdbc;
    }

    /** The order numbers of the week, built once per test run (the context is shared). */
    record Built(String o1, String o2, String o3, String o4, String o5, String o7, String o8) {
    }

    synchronized Built build() {
        if (built != null) {
            return built;
        }
        try {
            staff(PACKER, Roles.PACKER);
            staff(BILLER, Roles.BILLER);
            staff(RAVI, Roles.DELIVERY);
            staff(IMRAN, Roles.DELIVERY);
            at(0, "08:00");
            product("RPK-1KG", "Report Kaju", "1 kg", "1000", 100, 0);
            product("RPK-500", "Report Kaju", "500 g", "520", 100, 0);
            product("RPL-250", "Report Ladoo", "250 g", "150", 100, 20);

            at(0, "10:00");
            String o1 = place(Channel.PHONE, "Sita Report", "+91 90000 10001", "Dahisar East", "400068", null,
                    line("RPK-1KG", "Report Kaju", "1 kg", 2, "1000"), line("RPL-250", "Report Ladoo", "250 g", 1, "150"));
            pack(o1, 0, "10:10", "10:30");
            bill(o1, 0, "10:40", "11:00");
            at(0, "12:00");
            driver.takeOut(o1, RAVI);
            at(0, "12:00");
            String o4 = place(Channel.PHONE, "Farhan Report", "+91 90000 10004", "Borivali West", "400092", null,
                    line("RPK-1KG", "Report Kaju", "1 kg", 1, "1000"));
            at(0, "12:30");
            orders.cancel(o4, "Customer changed mind", CARE);
            at(0, "12:40");
            driver.deliver(o1);
            at(0, "15:00");
            counter.sell(new CounterSaleRequest(List.of(new CounterSaleRequest.Line("RPK-1KG", 1))), COUNTER);
            at(0, "23:50");
            String o2 = place(Channel.PHONE, "Rahul Report", "+91 90000 10002", "Borivali West", "400092", null,
                    line("RPK-500", "Report Kaju", "500 g", 2, "520"));

            at(1, "00:10");
            String o3 = place(Channel.ADVANCE_BOOKING, "Leela Report", "+91 90000 10003", "Dahisar East", "400068",
                    D.plusDays(3), line("RPL-250", "Report Ladoo", "250 g", 10, "150"));
            pack(o2, 1, "09:00", "09:15");
            bill(o2, 1, "09:20", "09:30");
            at(1, "10:00");
            driver.takeOut(o2, IMRAN);
            at(1, "10:30");
            driver.deliver(o2);
            at(1, "11:00");
            String o5 = place(Channel.ONLINE, "Sita Report", "+91 90000 10001", "Dahisar East", "400068", null,
                    line("RPK-500", "Report Kaju", "500 g", 1, "520"), line("RPL-250", "Report Ladoo", "250 g", 2, "150"));
            pack(o5, 1, "11:05", "11:25");
            bill(o5, 1, "11:30", "11:40");
            at(1, "12:00");
            driver.takeOut(o5, RAVI);
            at(1, "13:00");
            driver.deliver(o5);
            at(1, "16:00");
            counter.sell(new CounterSaleRequest(List.of(new CounterSaleRequest.Line("RPL-250", 3))), COUNTER);

            at(2, "09:00");
            String o7 = place(Channel.PHONE, "Farhan Report", "+91 90000 10004", "Borivali West", "400092", null,
                    line("RPK-1KG", "Report Kaju", "1 kg", 1, "1000"));
            pack(o7, 2, "09:10", "09:40");
            bill(o7, 2, "09:45", "10:00");
            at(2, "10:00");
            billing.creditNote(billing.currentBillOf(o5, OWNER).orElseThrow(), new BigDecimal("120.50"),
                    "Price corrected for a broken box", OWNER);
            at(2, "10:30");
            driver.takeOut(o7, IMRAN);
            at(2, "11:30");
            driver.bringBack(o7, "Box damaged on the way");
            at(2, "14:00");
            String o8 = place(Channel.PHONE, "Meena Report", "+91 90000 10008", "Dahisar East", "400068", null,
                    line("RPL-250", "Report Ladoo", "250 g", 1, "150"));
            pack(o8, 2, "14:10", "14:20");
            bill(o8, 2, "14:25", "14:30");
            built = new Built(o1, o2, o3, o4, o5, o7, o8);
            return built;
        } finally {
            identity.clearAuthentication();
            ClockUtil.reset();
        }
    }

    /** Moves the engine (and shop) clock to an IST time on day D + offset. */
    static void at(int dayOffset, String time) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(D.plusDays(dayOffset), LocalTime.parse(time), IST).toInstant()));
    }

    static java.time.Instant instant(int dayOffset, String time) {
        return ZonedDateTime.of(D.plusDays(dayOffset), LocalTime.parse(time), IST).toInstant();
    }

    /** The packer claims the pack task at one time and completes it at another, as in Tasklist. */
    void pack(String number, int day, String claim, String complete) {
        at(day, claim);
        claim(number, OrderFulfilmentProcess.TASK_PACK, PACKER);
        at(day, complete);
        as(PACKER, Roles.PACKER, () -> driver.pack(number));
    }

    void bill(String number, int day, String claim, String complete) {
        at(day, claim);
        claim(number, OrderFulfilmentProcess.TASK_BILL, BILLER);
        at(day, complete);
        as(BILLER, Roles.BILLER, () -> driver.bill(number));
    }

    private void claim(String number, String taskKey, String user) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        as(user, taskKey.equals(OrderFulfilmentProcess.TASK_PACK) ? Roles.PACKER : Roles.BILLER,
                () -> tasks.claim(task.getId(), user));
    }

    /** As Tasklist does: the engine knows who acts, so the timeline names him. */
    private void as(String user, String group, Runnable work) {
        identity.setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * One more PHONE order for Meena (1 × RPK-500 = 520.00) on day D + offset at 10:00, packed and billed
     * by 10:30; outside the week the other tests read.
     */
    String extraOrder(int day) {
        try {
            at(day, "10:00");
            String number = place(Channel.PHONE, "Meena Report", "+91 90000 10008", "Dahisar East", "400068", null,
                    line("RPK-500", "Report Kaju", "500 g", 1, "520"));
            pack(number, day, "10:05", "10:15");
            bill(number, day, "10:20", "10:30");
            return number;
        } finally {
            ClockUtil.reset();
        }
    }

    private String place(Channel channel, String name, String phone, String locality, String pincode,
            LocalDate deliveryDate, NewOrder.Line... lines) {
        return orders.create(new NewOrder(channel, new NewOrder.Customer(name, phone, "1 Test Road", locality, pincode),
                deliveryDate, List.of(lines)), COUNTER).number();
    }

    private static NewOrder.Line line(String sku, String product, String size, int quantity, String price) {
        return new NewOrder.Line(sku, product, size, quantity, new BigDecimal(price), BigDecimal.ZERO);
    }

    private void product(String sku, String name, String size, String price, int counterPacks, int advancePacks) {
        if (stock.lookUp(sku, OWNER).isPresent()) {
            return;
        }
        stock.addProduct(new StockRequests.NewProduct(sku, name, size, new BigDecimal(size.startsWith("1") ? "1000"
                : size.startsWith("500") ? "500" : "250"), new BigDecimal(price), 0, false), OWNER);
        stock.receive(new StockRequests.Receipt(sku, "RPT-" + sku, D.minusDays(5), LocalDate.of(2040, 1, 1),
                counterPacks, Pool.COUNTER), OWNER);
        if (advancePacks > 0) {
            stock.receive(new StockRequests.Receipt(sku, "RPT-A-" + sku, D.minusDays(5), LocalDate.of(2040, 1, 1),
                    advancePacks, Pool.ADVANCE_BOOKING), OWNER);
        }
    }

    private void staff(String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(id);
            user.setLastName("Report");
            user.setPassword(id + "123");
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }

    /** Sets the roll-up's watermark (null: no roll-up yet, the reports compute everything live). */
    void watermark(java.time.Instant mark) {
        jdbc.update("DELETE FROM report_state WHERE name = 'daily'");
        if (mark != null) {
            jdbc.update("INSERT INTO report_state (name, watermark) VALUES ('daily', ?)",
                    java.time.OffsetDateTime.ofInstant(mark, java.time.ZoneOffset.UTC));
        }
    }
}
