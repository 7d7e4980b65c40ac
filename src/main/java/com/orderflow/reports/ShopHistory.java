package com.orderflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Writes weeks of finished orders straight into the shop's tables and the engine's history, as the
 * real steps would have left them: orders with lines and their status timeline, bills, payments,
 * credit notes, packing records, delivery runs with their stops, returns, counter sales, and the
 * order-fulfilment and delivery-run history (process and activity instances, tasks with their
 * claims). Only for demo data and the benchmark: nothing here is what a shop does; it is what a shop
 * that has been open a while looks like. Engine history rows are marked START_USER_ID_ = 'history'.
 * Deterministic for a seed.
 */
public final class ShopHistory {
    static final String MARK = "history";
    private static final String[] CANCEL_REASONS = {"Customer changed mind", "Ordered twice by mistake",
        "Wanted it earlier", "Address not reachable", "Price too high"};
    private static final String[] RETURN_REASONS = {"DAMAGED", "WRONG_ITEM", "REFUSED", "MISSING_PIECES"};

    /** A product and size as sold: ids of the product and a batch of it (for counter sale lines). */
    public record Product(long id, long batchId, String sku, String name, String size, BigDecimal price, int grams) {
    }

    /** A customer of the shop with the zone the delivery table gives his address. */
    public record Customer(String name, String phone, String locality, String pincode, String zone) {
    }

    /**
     * What to write: the days, how busy they are, who works, and where numbering starts.
     *
     * @param orderNumberFrom the first order number's sequence part (KO-2026-900001 for the demo)
     * @param names           activity id → its name in the deployed diagram
     */
    public record Setup(LocalDate firstDay, int days, int ordersPerDay, int walkInsPerDay, long seed, ZoneId zone,
            List<Product> products, List<Customer> customers, List<String> packers, List<String> billers,
            List<String> deliveryBoys, String orderPrefix, String billPrefix, long orderNumberFrom,
            String orderDefinitionId, String runDefinitionId, UnaryOperator<String> names, Ids ids) {
    }

    /** The next id of each table with an identity column (the generator writes ids itself). */
    public static final class Ids {
        long order;
        long line;
        long change;
        long bill;
        long billLine;
        long creditNote;
        long payment;
        long packing;
        long run;
        long stop;
        long returnCase;
        long sale;
        long saleLine;
        long engine;

        public Ids(long start) {
            order = line = change = bill = billLine = creditNote = payment = packing = run = stop = returnCase = sale
                    = saleLine = start;
        }
    }

    private final Setup setup;
    private final RowSink sink;
    private final Random random;
    private long orderNumber;
    private long finished;

    private ShopHistory(Setup setup, RowSink sink) {
        this.setup = setup;
        this.sink = sink;
        this.random = new Random(setup.seed());
        this.orderNumber = setup.orderNumberFrom();
    }

    /** The shop's tables whose ids the history writes itself. */
    static final List<String> TABLES = List.of("customer_order", "order_line", "order_status_change", "bill",
            "bill_line", "credit_note", "payment", "packing_record", "delivery_run", "delivery_stop", "return_case",
            "counter_sale", "counter_sale_line");

    /** An id above every id in those tables: where the history's ids start. */
    public static long firstFreeId(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        long start = 1;
        for (String table : TABLES) {
            start = Math.max(start, jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class));
        }
        return start;
    }

    /** Moves each table's id generator past the history's ids, so that the shop's next row does not collide. */
    public static void moveIdGenerators(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        for (String table : TABLES) {
            Long next = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
            jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    /** The delivery-run process's flow nodes that the history writes; every other id is order-fulfilment's. */
    public static boolean isRunNode(String activityId) {
        return activityId.equals("UserTask_DeliverStop") || activityId.equals("StartEvent_RunTakenOut")
                || activityId.equals("ServiceTask_TakeOrdersOut") || activityId.equals("SubProcess_DeliverStop")
                || activityId.equals("ServiceTask_FinishRun") || activityId.equals("EndEvent_RunCompleted");
    }

    /** Writes the history into the sink; returns how many orders it wrote. */
    public static long write(Setup setup, RowSink sink) {
        ShopHistory history = new ShopHistory(setup, sink);
        history.declare();
        for (int d = 0; d < setup.days(); d++) {
            history.day(setup.firstDay().plusDays(d));
        }
        sink.flush();
        return history.finished;
    }

    private void declare() {
        sink.table("customer_order", "id", "order_number", "channel", "status", "status_since", "customer_name",
                "customer_phone", "customer_address", "customer_locality", "customer_pincode", "delivery_date",
                "delivery_boy", "subtotal", "discount_total", "total", "cancel_reason", "created_by", "created_at",
                "version", "customer_language", "customer_contact_channel", "promise", "promised_by");
        sink.table("order_line", "id", "order_id", "line_no", "sku", "product_name", "size_label", "quantity",
                "unit_price", "discount", "line_total");
        sink.table("order_status_change", "id", "order_id", "from_status", "to_status", "actor", "changed_at");
        sink.table("bill", "id", "bill_number", "order_id", "order_number", "status", "customer_name", "gst_enabled",
                "subtotal", "line_discount", "bill_discount", "taxable", "cgst", "sgst", "grand_total", "issued_by",
                "issued_at");
        sink.table("bill_line", "id", "bill_id", "line_no", "sku", "product_name", "size_label", "quantity",
                "unit_price", "line_discount", "bill_discount", "taxable", "gst_rate", "cgst", "sgst", "line_total");
        sink.table("credit_note", "id", "note_number", "bill_id", "bill_number", "order_number", "kind", "amount",
                "reason", "issued_by", "issued_at");
        sink.table("payment", "id", "order_number", "bill_number", "mode", "amount", "status", "recorded_by",
                "recorded_at");
        sink.table("packing_record", "id", "order_number", "kind", "packer", "packed_weight_grams",
                "expected_weight_grams", "batches", "packed_at");
        sink.table("delivery_run", "id", "zone_name", "delivery_boy", "state", "planned_at", "planned_by",
                "total_metres", "revised_at", "version", "started_at", "started_by", "completed_at");
        sink.table("delivery_stop", "id", "run_id", "order_number", "stop_no", "locality", "pincode", "zone_name",
                "point_source", "outcome", "return_reason", "completed_by", "completed_at", "task_id");
        sink.table("return_case", "id", "return_number", "order_number", "customer_phone", "source", "reason", "notes",
                "state", "goods_state", "overridden", "opened_by", "opened_at", "closed_at", "version");
        sink.table("counter_sale", "id", "sold_by", "sold_at", "total");
        sink.table("counter_sale_line", "id", "sale_id", "product_id", "batch_id", "quantity", "unit_price",
                "line_total");
        sink.table("ACT_HI_PROCINST", "ID_", "PROC_INST_ID_", "BUSINESS_KEY_", "PROC_DEF_KEY_", "PROC_DEF_ID_",
                "START_TIME_", "END_TIME_", "DURATION_", "START_USER_ID_", "START_ACT_ID_", "END_ACT_ID_",
                "ROOT_PROC_INST_ID_", "STATE_");
        sink.table("ACT_HI_ACTINST", "ID_", "PARENT_ACT_INST_ID_", "PROC_DEF_KEY_", "PROC_DEF_ID_", "ROOT_PROC_INST_ID_",
                "PROC_INST_ID_", "EXECUTION_ID_", "ACT_ID_", "TASK_ID_", "ACT_NAME_", "ACT_TYPE_", "ASSIGNEE_",
                "START_TIME_", "END_TIME_", "DURATION_", "ACT_INST_STATE_", "SEQUENCE_COUNTER_");
        sink.table("ACT_HI_TASKINST", "ID_", "TASK_DEF_KEY_", "PROC_DEF_KEY_", "PROC_DEF_ID_", "ROOT_PROC_INST_ID_",
                "PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_", "NAME_", "ASSIGNEE_", "START_TIME_", "END_TIME_",
                "DURATION_", "DELETE_REASON_", "PRIORITY_", "TASK_STATE_");
        sink.table("ACT_HI_IDENTITYLINK", "ID_", "TIMESTAMP_", "TYPE_", "USER_ID_", "GROUP_ID_", "TASK_ID_",
                "ROOT_PROC_INST_ID_", "PROC_DEF_ID_", "OPERATION_TYPE_", "PROC_DEF_KEY_");
    }

    private void day(LocalDate day) {
        int orders = Math.max(1, (int) Math.round(setup.ordersPerDay() * (0.7 + 0.6 * random.nextDouble())));
        for (int i = 0; i < orders; i++) {
            order(day);
        }
        int walkIns = (int) Math.round(setup.walkInsPerDay() * (0.7 + 0.6 * random.nextDouble()));
        for (int i = 0; i < walkIns; i++) {
            walkIn(at(day, 9 * 60 + random.nextInt(12 * 60)));
        }
    }

    /** One order from placing to its end. */
    private void order(LocalDate day) {
        String channel = pick(new String[] {"PHONE", "PHONE", "PHONE", "ONLINE", "ONLINE", "ADVANCE_BOOKING",
            "ADVANCE_BOOKING", "COUNTER"});
        boolean advance = channel.equals("ADVANCE_BOOKING");
        Customer customer = customer();
        long id = setup.ids().order++;
        String number = setup.orderPrefix() + "-" + day.getYear() + "-" + String.format("%06d", orderNumber++);
        Instant placed = at(day, 9 * 60 + random.nextInt(11 * 60 + 30));
        LocalDate deliveryDate = advance ? day.plusDays(2) : null;
        Instant promised = at(advance ? deliveryDate : day, 21 * 60);
        if (!advance && !promised.isAfter(placed)) {
            promised = promised.plus(Duration.ofDays(1));
        }
        List<Object[]> lines = new ArrayList<>();
        BigDecimal total = DayRow.ZERO;
        int grams = 0;
        int lineCount = 1 + random.nextInt(3);
        for (int l = 1; l <= lineCount; l++) {
            Product product = setup.products().get(random.nextInt(setup.products().size()));
            int quantity = 1 + random.nextInt(4);
            BigDecimal value = product.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
            total = total.add(value);
            grams += product.grams() * quantity;
            lines.add(new Object[] {product, quantity, value});
        }
        double fate = random.nextDouble();
        String status = fate < 0.06 ? "CANCELLED" : fate < 0.09 ? "RETURNED" : "DELIVERED";
        Timeline t = timeline(placed, advance, deliveryDate, status);
        String boy = status.equals("CANCELLED") ? null : pick(setup.deliveryBoys());
        sink.row("customer_order", id, number, channel, status, t.end, customer.name(), customer.phone(),
                "House " + (1 + random.nextInt(90)), customer.locality(), customer.pincode(), deliveryDate, boy, total,
                DayRow.ZERO, total, status.equals("CANCELLED") ? pick(CANCEL_REASONS) : null, pick(setup.billers()),
                placed, 0, "en", "WHATSAPP", "STANDARD", promised);
        for (int l = 0; l < lines.size(); l++) {
            Product product = (Product) lines.get(l)[0];
            sink.row("order_line", setup.ids().line++, id, l + 1, product.sku(), product.name(), product.size(),
                    lines.get(l)[1], product.price(), DayRow.ZERO, lines.get(l)[2]);
        }
        String packer = pick(setup.packers());
        String biller = pick(setup.billers());
        String processId = engineId();
        change(id, null, "RECEIVED", biller, placed);
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity("StartEvent_OrderReceived", "startEvent", placed, placed, null, null));
        activities.add(new Activity("Gateway_IsAdvanceBooking", "exclusiveGateway", placed, placed, null, null));
        if (advance) {
            activities.add(new Activity("ServiceTask_ReserveStock", "serviceTask", placed, placed, null, null));
            activities.add(new Activity("TimerEvent_DayBeforeDispatch", "intermediateTimer", placed, t.packCreated, null, null));
            activities.add(new Activity("ServiceTask_RemindCustomer", "serviceTask", t.packCreated, t.packCreated, null, null));
        }
        activities.add(new Activity("Gateway_JoinToPack", "exclusiveGateway", t.packCreated, t.packCreated, null, null));
        if (status.equals("CANCELLED")) {
            task(processId, "UserTask_PackOrder", "packer", null, t.packCreated, null, t.end, activities, false);
            change(id, "RECEIVED", "CANCELLED", "care", t.end);
            activities.add(new Activity("SubProcess_Cancellation", "subProcess", t.end, t.end, null, null));
            activities.add(new Activity("ServiceTask_CancelOrder", "serviceTask", t.end, t.end, null, null));
            activities.add(new Activity("EndEvent_OrderCancelled", "noneEndEvent", t.end, t.end, null, null));
        } else {
            task(processId, "UserTask_PackOrder", "packer", packer, t.packCreated, t.packClaimed, t.packed, activities, true);
            activities.add(new Activity("ServiceTask_TakePackedStock", "serviceTask", t.packed, t.packed, null, null));
            change(id, "RECEIVED", "PACKED", packer, t.packed);
            sink.row("packing_record", setup.ids().packing++, number, "PACK", packer, BigDecimal.valueOf(grams),
                    BigDecimal.valueOf(grams), "as planned", t.packed);
            task(processId, "UserTask_BillOrder", "biller", biller, t.packed, t.billClaimed, t.billed, activities, true);
            activities.add(new Activity("ServiceTask_IssueBill", "serviceTask", t.billed, t.billed, null, null));
            change(id, "PACKED", "BILLED", biller, t.billed);
            change(id, "BILLED", "READY_FOR_DISPATCH", biller, t.billed);
            bill(id, number, customer, lines, total, biller, t, status);
            activities.add(new Activity("MessageEvent_OutForDelivery", "intermediateMessageCatch", t.billed, t.out, null, null));
            change(id, "READY_FOR_DISPATCH", "OUT_FOR_DELIVERY", boy, t.out);
            activities.add(new Activity("Gateway_DeliveredOrReturned", "eventBasedGateway", t.out, t.out, null, null));
            boolean delivered = status.equals("DELIVERED");
            activities.add(new Activity(delivered ? "MessageEvent_OrderDelivered" : "MessageEvent_OrderReturned",
                    "intermediateMessageCatch", t.out, t.end, null, null));
            activities.add(new Activity(delivered ? "EndEvent_OrderDelivered" : "EndEvent_OrderReturned", "noneEndEvent",
                    t.end, t.end, null, null));
            change(id, "OUT_FOR_DELIVERY", status, boy, t.end);
            run(number, customer, boy, t, status);
            if (!delivered) {
                // a past return is settled (an open one would need its running process: the
                // consistency check flags it); nothing was paid at the door, so nothing is refunded
                long returnId = setup.ids().returnCase++;
                sink.row("return_case", returnId, "KR-H" + returnId, number, customer.phone(), "DELIVERY", pick(RETURN_REASONS),
                        "brought back by the delivery boy", "REJECTED", "IN_RETURN_STOCK", false, boy, t.end, t.end, 0);
            }
        }
        process(processId, number, "order-fulfilment", setup.orderDefinitionId(), placed, t.end, activities);
        finished++;
    }

    private void bill(long orderId, String number, Customer customer, List<Object[]> lines, BigDecimal total,
            String biller, Timeline t, String status) {
        long billId = setup.ids().bill++;
        String billNumber = setup.billPrefix() + "-" + financialYear(t.billed) + "-H" + String.format("%07d", billId % 10_000_000);
        sink.row("bill", billId, billNumber, orderId, number, "ISSUED", customer.name(), false, total, DayRow.ZERO,
                DayRow.ZERO, total, DayRow.ZERO, DayRow.ZERO, total, biller, t.billed);
        for (int l = 0; l < lines.size(); l++) {
            Product product = (Product) lines.get(l)[0];
            sink.row("bill_line", setup.ids().billLine++, billId, l + 1, product.sku(), product.name(), product.size(),
                    lines.get(l)[1], product.price(), DayRow.ZERO, DayRow.ZERO, lines.get(l)[2], DayRow.ZERO,
                    DayRow.ZERO, DayRow.ZERO, lines.get(l)[2]);
        }
        sink.row("payment", setup.ids().payment++, number, billNumber, random.nextBoolean() ? "CASH" : "UPI", total,
                "ACCEPTED", biller, t.billed);
        if (status.equals("DELIVERED") && random.nextDouble() < 0.04) {
            BigDecimal amount = total.multiply(BigDecimal.valueOf(5 + random.nextInt(10)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            long note = setup.ids().creditNote++;
            sink.row("credit_note", note, "CN-" + financialYear(t.end) + "-H" + String.format("%06d", note % 1_000_000),
                    billId, billNumber, number, "PRICE_CORRECTION", amount, "Goodwill: late delivery", "owner",
                    t.end.plus(Duration.ofHours(1)));
        }
    }

    /** A run of one for the order, with its delivery-run history: the stop's task is the boy's from the start. */
    private void run(String number, Customer customer, String boy, Timeline t, String status) {
        long run = setup.ids().run++;
        sink.row("delivery_run", run, customer.zone(), boy, "COMPLETED", t.out, boy, 0, t.end, 0, t.out, boy, t.end);
        String processId = engineId();
        List<Activity> activities = new ArrayList<>();
        activities.add(new Activity("StartEvent_RunTakenOut", "startEvent", t.out, t.out, null, null));
        activities.add(new Activity("ServiceTask_TakeOrdersOut", "serviceTask", t.out, t.out, null, null));
        activities.add(new Activity("SubProcess_DeliverStop", "subProcess", t.out, t.end, null, null));
        String taskId = task(processId, "UserTask_DeliverStop", null, boy, t.out, t.out, t.end, activities, true);
        activities.add(new Activity("ServiceTask_FinishRun", "serviceTask", t.end, t.end, null, null));
        activities.add(new Activity("EndEvent_RunCompleted", "noneEndEvent", t.end, t.end, null, null));
        sink.row("delivery_stop", setup.ids().stop++, run, number, 1, customer.locality(), customer.pincode(),
                customer.zone(), "NONE", status, status.equals("RETURNED") ? "Customer not satisfied" : null, boy, t.end,
                taskId);
        process(processId, null, "delivery-run", setup.runDefinitionId(), t.out, t.end, activities);
    }

    private void walkIn(Instant at) {
        long sale = setup.ids().sale++;
        int lines = 1 + random.nextInt(3);
        BigDecimal total = DayRow.ZERO;
        List<Object[]> rows = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            Product product = setup.products().get(random.nextInt(setup.products().size()));
            int quantity = 1 + random.nextInt(3);
            BigDecimal value = product.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
            total = total.add(value);
            rows.add(new Object[] {setup.ids().saleLine++, sale, product.id(), product.batchId(), quantity,
                product.price(), value});
        }
        sink.row("counter_sale", sale, pick(setup.billers()), at, total);
        rows.forEach(row -> sink.row("counter_sale_line", row));
    }

    /** A user task with its activity and identity links: offered to a group, claimed, completed (or cut short). */
    private String task(String processId, String key, String group, String assignee, Instant created, Instant claimed,
            Instant ended, List<Activity> activities, boolean completed) {
        String taskId = engineId();
        String activityId = engineId();
        String definition = key.equals("UserTask_DeliverStop") ? setup.runDefinitionId() : setup.orderDefinitionId();
        String process = key.equals("UserTask_DeliverStop") ? "delivery-run" : "order-fulfilment";
        sink.row("ACT_HI_TASKINST", taskId, key, process, definition, processId, processId, processId, activityId,
                setup.names().apply(key), completed ? assignee : null, created, ended, millis(created, ended),
                completed ? "completed" : "deleted", 50, completed ? "Completed" : "Deleted");
        if (group != null) {
            sink.row("ACT_HI_IDENTITYLINK", engineId(), created, "candidate", null, group, taskId, processId, definition,
                    "add", process);
        }
        if (completed && assignee != null) {
            sink.row("ACT_HI_IDENTITYLINK", engineId(), claimed, "assignee", assignee, null, taskId, processId,
                    definition, "add", process);
        }
        activities.add(new Activity(key, "userTask", created, ended, taskId, completed ? assignee : null, activityId,
                completed ? 1 : 2));
        return taskId;
    }

    private void process(String id, String businessKey, String key, String definition, Instant start, Instant end,
            List<Activity> activities) {
        sink.row("ACT_HI_PROCINST", id, id, businessKey, key, definition, start, end, millis(start, end), MARK,
                activities.get(0).id, activities.get(activities.size() - 1).id, id, "COMPLETED");
        long sequence = 1;
        for (Activity a : activities) {
            sink.row("ACT_HI_ACTINST", a.instanceId == null ? engineId() : a.instanceId, id, key, definition, id, id, id,
                    a.id, a.taskId, setup.names().apply(a.id), a.type, a.assignee, a.start, a.end, millis(a.start, a.end),
                    a.state, sequence++);
        }
    }

    private void change(long orderId, String from, String to, String actor, Instant at) {
        sink.row("order_status_change", setup.ids().change++, orderId, from, to, actor == null ? "system" : actor, at);
    }

    /** When each step of an order happened: waits drawn from skewed distributions, like a real shop. */
    private Timeline timeline(Instant placed, boolean advance, LocalDate deliveryDate, String status) {
        Timeline t = new Timeline();
        t.packCreated = advance ? at(deliveryDate.minusDays(1), 9 * 60) : placed;
        if (status.equals("CANCELLED")) {
            t.end = t.packCreated.plus(minutes(5, 60));
            return t;
        }
        t.packClaimed = t.packCreated.plus(minutes(2, 45));
        t.packed = t.packClaimed.plus(minutes(6, 20));
        t.billClaimed = t.packed.plus(minutes(1, 25));
        t.billed = t.billClaimed.plus(minutes(2, 10));
        t.out = t.billed.plus(minutes(10, 150));
        if (advance) {
            // an advance booking is packed the day before and goes out on its delivery day
            t.out = at(deliveryDate, 9 * 60 + 30).plus(minutes(0, 90));
        }
        t.end = t.out.plus(minutes(15, 50));
        return t;
    }

    /** A duration of at least {@code least} minutes, mostly near {@code typical}, now and then far longer. */
    private Duration minutes(int least, int typical) {
        double skewed = -Math.log(1 - random.nextDouble()) * typical;
        return Duration.ofSeconds(Math.round((least + skewed) * 60));
    }

    private Customer customer() {
        // a few regulars order often: the first customers of the list are picked far more than the rest
        int n = setup.customers().size();
        int index = (int) Math.min(n - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * n));
        return setup.customers().get(index);
    }

    private Instant at(LocalDate day, int minuteOfDay) {
        return day.atTime(LocalTime.MIDNIGHT).plusMinutes(minuteOfDay).atZone(setup.zone()).toInstant();
    }

    private String financialYear(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, setup.zone());
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return String.format("%02d%02d", start % 100, (start + 1) % 100);
    }

    private String engineId() {
        return MARK + "-" + (setup.ids().engine++);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private static long millis(Instant from, Instant to) {
        return to.toEpochMilli() - from.toEpochMilli();
    }

    private static final class Timeline {
        Instant packCreated;
        Instant packClaimed;
        Instant packed;
        Instant billClaimed;
        Instant billed;
        Instant out;
        Instant end;
    }

    /** One flow node's run in a process's history. */
    private record Activity(String id, String type, Instant start, Instant end, String taskId, String assignee,
            String instanceId, int state) {
        Activity(String id, String type, Instant start, Instant end, String taskId, String assignee) {
            this(id, type, start, end, taskId, assignee, null, 1);
        }
    }
}
