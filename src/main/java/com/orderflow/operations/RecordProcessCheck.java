package com.orderflow.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.process.DeliveryRunProcess;
import com.orderflow.jewelry.process.JewelryOrderProcess;
import com.orderflow.returns.process.ReturnsProcess;

/**
 * Delivery runs, returns and jewelry orders against their processes: an active run, an open return
 * and a jewelry order not yet handed over each have exactly one running process, and no process runs
 * for one that is done, except a handed-over jewelry order whose samples are still being accounted for.
 */
@Component
class RecordProcessCheck {
    private final JdbcTemplate jdbc;
    private final RunningProcesses processes;

    RecordProcessCheck(JdbcTemplate jdbc, RunningProcesses processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> runs = new HashMap<>();
        jdbc.query("SELECT id, state FROM delivery_run WHERE state = 'ACTIVE'",
                row -> {
                    runs.put(DeliveryRunProcess.businessKey(row.getLong(1)), row.getString(2));
                });
        compare("RUN", runs, processes.byBusinessKey(DeliveryRunProcess.KEY), Set.of(), findings);

        Map<String, String> returns = new HashMap<>();
        jdbc.query("SELECT return_number, state FROM return_case WHERE closed_at IS NULL",
                row -> {
                    returns.put(row.getString(1), row.getString(2));
                });
        compare("RETURN", returns, processes.byBusinessKey(ReturnsProcess.KEY), Set.of(), findings);

        Map<String, String> jewelry = new HashMap<>();
        jdbc.query("SELECT order_number, state FROM jewelry_order WHERE state <> 'HANDED_OVER'",
                row -> {
                    jewelry.put(row.getString(1), row.getString(2));
                });
        compare("JEWELRY", jewelry, processes.byBusinessKey(JewelryOrderProcess.KEY, JewelryOrderProcess.REPAIR_KEY),
                Set.of(JewelryOrderProcess.TASK_ACCOUNT_SAMPLES), findings);
        return findings;
    }

    /**
     * @param open         open records by business key, with their state
     * @param mayOutlive   steps at which a process may still wait for a record that is done
     */
    private static void compare(String area, Map<String, String> open, Map<String, List<RunningProcesses.Instance>> running,
            Set<String> mayOutlive, List<Finding> findings) {
        Set<String> keys = new TreeSet<>(open.keySet());
        keys.addAll(running.keySet());
        for (String key : keys) {
            List<RunningProcesses.Instance> instances = running.getOrDefault(key, List.of());
            String state = open.get(key);
            if (state != null && instances.size() != 1) {
                findings.add(new Finding(area, key, "state " + state + " with " + instances.size() + " running processes"));
            } else if (state == null && !instances.isEmpty()) {
                Set<String> steps = new HashSet<>();
                instances.forEach(instance -> steps.addAll(instance.activities()));
                if (instances.size() > 1 || mayOutlive.isEmpty() || !mayOutlive.containsAll(steps)) {
                    findings.add(new Finding(area, key, "done or unknown, but " + instances.size()
                            + " process(es) still run, waiting at " + new TreeSet<>(steps)));
                }
            }
        }
    }
}
