package com.orderflow.operations;

import static com.orderflow.orders.process.OrderFulfilmentProcess.EVENT_DELIVERED;
import static com.orderflow.orders.process.OrderFulfilmentProcess.EVENT_OUT_FOR_DELIVERY;
import static com.orderflow.orders.process.OrderFulfilmentProcess.EVENT_RETURNED;
import static com.orderflow.orders.process.OrderFulfilmentProcess.GATEWAY_DELIVERED_OR_RETURNED;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_ADJUST_PACKING;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_BILL;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_LATE_DELIVERY;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_PACK;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_RESCHEDULE_DELIVERY;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_RESOLVE_STOCK_SHORTAGE;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TASK_UNPACK_CANCELLED;
import static com.orderflow.orders.process.OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.orders.process.OrderFulfilmentProcess;

/**
 * Every open order has exactly one running order-fulfilment process, waiting at the step its status
 * implies; every such process belongs to an order that is open (or cancelled and still being
 * unpacked). The non-interrupting side steps (adjust packing, a reschedule call, a late-delivery
 * follow-up) may run beside any step. The statuses are read with the module's own read-only SQL.
 */
@Component
class OrderProcessCheck {
    /** Where the main token of an order in each status waits. */
    static final Map<String, Set<String>> STEPS = Map.of(
            "RECEIVED", Set.of(TASK_PACK, TIMER_DAY_BEFORE_DISPATCH, TASK_RESOLVE_STOCK_SHORTAGE),
            "PACKED", Set.of(TASK_BILL),
            "BILLED", Set.of(EVENT_OUT_FOR_DELIVERY),
            "READY_FOR_DISPATCH", Set.of(EVENT_OUT_FOR_DELIVERY),
            "OUT_FOR_DELIVERY", Set.of(GATEWAY_DELIVERED_OR_RETURNED, EVENT_DELIVERED, EVENT_RETURNED),
            "CANCELLED", Set.of(TASK_UNPACK_CANCELLED));
    private static final Set<String> SIDE_STEPS = Set.of(TASK_ADJUST_PACKING, TASK_RESCHEDULE_DELIVERY, TASK_LATE_DELIVERY);
    private static final Set<String> FINAL = Set.of("DELIVERED", "RETURNED", "CANCELLED");

    private final JdbcTemplate jdbc;
    private final RunningProcesses processes;

    OrderProcessCheck(JdbcTemplate jdbc, RunningProcesses processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    List<Finding> check() {
        Map<String, List<RunningProcesses.Instance>> running = processes.byBusinessKey(OrderFulfilmentProcess.KEY);
        Map<String, String> statuses = new java.util.HashMap<>();
        jdbc.query("SELECT order_number, status FROM customer_order WHERE status NOT IN ('DELIVERED', 'RETURNED', 'CANCELLED')",
                row -> {
                    statuses.put(row.getString(1), row.getString(2));
                });
        Set<String> others = new HashSet<>(running.keySet());
        others.removeAll(statuses.keySet());
        statuses.putAll(RunningProcesses.statusesOf(jdbc, "SELECT order_number, status FROM customer_order WHERE order_number = ANY (?)",
                others));
        List<Finding> findings = new ArrayList<>();
        Set<String> subjects = new java.util.TreeSet<>(statuses.keySet());
        subjects.addAll(running.keySet());
        for (String number : subjects) {
            check(number, statuses.get(number), running.getOrDefault(number, List.of()), findings);
        }
        return findings;
    }

    private void check(String number, String status, List<RunningProcesses.Instance> instances, List<Finding> findings) {
        if (status == null) {
            findings.add(new Finding("ORDER", number, "an order-fulfilment process runs for an order that does not exist"));
            return;
        }
        boolean open = !FINAL.contains(status);
        if (instances.size() > 1) {
            findings.add(new Finding("ORDER", number, "status " + status + " with " + instances.size() + " running processes"));
            return;
        }
        if (instances.isEmpty()) {
            if (open) {
                findings.add(new Finding("ORDER", number, "status " + status + " but no running process: nobody will move it on"));
            }
            return;
        }
        if (!open && !"CANCELLED".equals(status)) {
            findings.add(new Finding("ORDER", number, "status " + status + " but its process still runs"));
            return;
        }
        Set<String> main = new java.util.TreeSet<>(instances.get(0).activities());
        main.removeAll(SIDE_STEPS);
        if (main.isEmpty() || !STEPS.get(status).containsAll(main)) {
            findings.add(new Finding("ORDER", number, "status " + status + " but its process waits at " + main
                    + " (expected one of " + new java.util.TreeSet<>(STEPS.get(status)) + ")"));
        }
    }
}
