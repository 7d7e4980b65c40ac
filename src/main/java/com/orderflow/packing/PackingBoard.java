package com.orderflow.packing;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * The packing board (K2): per packer what he has claimed and not finished (pending) and what he
 * packed today, beside the queue nobody has claimed yet, oldest first, so the godown can balance
 * the load. Open work comes from the engine's task list, finished work from the packing records.
 */
@Service
public class PackingBoard {
    private static final List<String> PACKING_TASKS = List.of(TASK_PACK, TASK_ADJUST_PACKING, TASK_UNPACK_CANCELLED);

    /** One open packing task: which order, for whom, what to do, since when, and its newest slip (or null). */
    public record Work(String orderNumber, String customer, String task, String assignee, Instant since,
            PackingSlipView lastSlip) {
    }

    /** One packer's load: claimed and open, and finished since midnight (packed, adjusted). */
    public record PackerLoad(String packer, List<Work> pending, int packedToday, int adjustedToday) {
    }

    /** {@code queue}: the oldest unclaimed tasks, at most {@code orderflow.packing.queue-shown}; {@code queued}: all of them. */
    public record Board(List<PackerLoad> packers, List<Work> queue, long queued, Instant at, int refreshSeconds) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final OrderLifecycle orders;
    private final PackingSlips slips;
    private final PackingRecords records;
    private final ShopClock clock;
    private final PackingProperties properties;

    PackingBoard(TaskService tasks, RuntimeService runtime, OrderLifecycle orders, PackingSlips slips,
            PackingRecords records, ShopClock clock, PackingProperties properties) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.orders = orders;
        this.slips = slips;
        this.records = records;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Board board(CurrentUser user) {
        PackingService.requirePackingRole(user);
        // claimed work in full; of the unclaimed queue (100 000 open orders: half of them) the oldest
        List<Task> open = new ArrayList<>(packingTasks().taskAssigned().orderByTaskCreateTime().asc().list());
        open.addAll(packingTasks().taskUnassigned().orderByTaskCreateTime().asc().listPage(0, properties.queueShown()));
        long queued = packingTasks().taskUnassigned().count();
        Map<String, String> numberByInstance = new HashMap<>();
        Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
                numberByInstance.put(instance.getId(), instance.getBusinessKey());
            }
        }
        Set<String> numbers = Set.copyOf(numberByInstance.values());
        Map<String, PackingSlipView> lastSlip = new HashMap<>();
        if (!numbers.isEmpty()) {
            slips.findByOrderNumberInOrderBySlipNoDesc(numbers)
                    .forEach(s -> lastSlip.putIfAbsent(s.orderNumber(), PackingSlipView.of(s)));
        }
        Map<String, String> customers = orders.customerNames(numbers);
        List<Work> queue = new ArrayList<>();
        Map<String, List<Work>> pending = new TreeMap<>();
        for (Task task : open) {
            String number = numberByInstance.get(task.getProcessInstanceId());
            if (number == null) {
                continue;
            }
            Work work = new Work(number, customers.get(number), kindOf(task.getTaskDefinitionKey()), task.getAssignee(),
                    task.getCreateTime().toInstant(), lastSlip.get(number));
            if (task.getAssignee() == null) {
                queue.add(work);
            } else {
                pending.computeIfAbsent(task.getAssignee(), a -> new ArrayList<>()).add(work);
            }
        }
        Map<String, int[]> doneToday = new TreeMap<>();
        Instant startOfDay = clock.at(clock.today(), LocalTime.MIDNIGHT).toInstant();
        for (PackingRecord record : records.findByPackedAtGreaterThanEqualOrderByPackedAtAsc(startOfDay)) {
            int[] counts = doneToday.computeIfAbsent(record.packer(), p -> new int[2]);
            counts[record.kind() == PackingRecord.Kind.PACK ? 0 : 1]++;
        }
        TreeMap<String, PackerLoad> packers = new TreeMap<>();
        pending.forEach((packer, work) -> packers.put(packer, new PackerLoad(packer, work, 0, 0)));
        doneToday.forEach((packer, counts) -> packers.merge(packer,
                new PackerLoad(packer, List.of(), counts[0], counts[1]),
                (a, b) -> new PackerLoad(packer, a.pending(), b.packedToday(), b.adjustedToday())));
        return new Board(List.copyOf(packers.values()), queue, queued, clock.now(),
                properties.refreshSeconds() == null ? 10 : properties.refreshSeconds());
    }

    private TaskQuery packingTasks() {
        return tasks.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKeyIn(PACKING_TASKS.toArray(String[]::new))
                .active();
    }

    /** "pack", "adjust" or "unpack": what the board and its labels call each task. */
    private static String kindOf(String taskKey) {
        if (TASK_ADJUST_PACKING.equals(taskKey)) {
            return "adjust";
        }
        return TASK_UNPACK_CANCELLED.equals(taskKey) ? "unpack" : "pack";
    }
}
