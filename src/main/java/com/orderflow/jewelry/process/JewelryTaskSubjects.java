package com.orderflow.jewelry.process;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelrySummary;
import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names the jewelry orders' tasks by the order (the business key): "Assign karigar KJ-2026-000007 ·
 * Sunita Deshmukh", the piece, its metal and its karigar as description, due at the end of the day
 * the piece is promised; chasing an overdue karigar comes first among equals.
 */
@Component
class JewelryTaskSubjects implements TaskSubjects {
    static final int OVERDUE_PRIORITY = 80;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final JewelryWork work;
    private final ShopClock clock;

    JewelryTaskSubjects(JewelryWork work, ShopClock clock) {
        this.work = work;
        this.clock = clock;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(JewelryOrderProcess.KEY, JewelryOrderProcess.REPAIR_KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        return number == null ? Optional.empty() : work.find(number).map(order -> {
            TaskSubject subject = TaskSubject.of(TaskTexts.joined(order.number(), order.customerName()))
                    .describedAs(description(order))
                    .dueBy(order.dueDate() == null ? null : clock.at(order.dueDate(), END_OF_DAY).toInstant());
            return JewelryOrderProcess.TASK_CHASE_OVERDUE.equals(task.getTaskDefinitionKey())
                    ? subject.withPriority(OVERDUE_PRIORITY) : subject;
        });
    }

    /** "repair · bangle · GOLD 22K · due Thu 3 Dec 2026 · karigar K-03" */
    private static String description(JewelrySummary order) {
        return TaskTexts.joined(order.kind().name().toLowerCase(Locale.ROOT), order.category(),
                order.metal() == null ? null : order.metal().name() + (order.purity() == null ? "" : " " + order.purity()),
                order.dueDate() == null ? null : "due " + TaskTexts.day(order.dueDate()),
                order.karigarId() == null ? null : "karigar " + order.karigarId());
    }
}
