package com.orderflow.returns.process;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;
import com.orderflow.returns.ReturnService;
import com.orderflow.returns.ReturnView;
import com.orderflow.returns.ReturnsSettings;

/**
 * Names a return's tasks by the return (the business key) and its order: "Review return KR-2026-000004
 * · order KO-2026-000123 · Meena Joshi", what came back and why as description, due
 * {@code orderflow.returns.decide-within} after the return was opened.
 */
@Component
class ReturnTaskSubjects implements TaskSubjects {
    private final ReturnService returns;
    private final OrderLifecycle orders;
    private final ReturnsSettings settings;

    ReturnTaskSubjects(ReturnService returns, OrderLifecycle orders, ReturnsSettings settings) {
        this.returns = returns;
        this.orders = orders;
        this.settings = settings;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ReturnsProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        return number == null ? Optional.empty() : returns.find(number).map(this::subject);
    }

    private TaskSubject subject(ReturnView found) {
        String customer = orders.find(found.orderNumber()).map(OrderView::customer).map(OrderView.CustomerView::name)
                .orElse(null);
        String items = found.lines().stream()
                .map(l -> l.product() + (l.size() == null ? "" : " " + l.size()) + " × " + l.quantity())
                .collect(Collectors.joining("; "));
        String reason = found.reason().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return TaskSubject.of(TaskTexts.joined(found.number(), "order " + found.orderNumber(), customer))
                .describedAs(TaskTexts.joined(items, reason, found.notes()))
                .dueBy(found.openedAt().plus(settings.getDecideWithin()));
    }
}
