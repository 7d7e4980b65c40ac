package com.orderflow.notifications.process;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.Outbox;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names Customer Care's follow-up of a failed message by its order (the business key) and customer:
 * "Follow up failed notification KO-2026-000123 · Meena Joshi", which message failed on which channel
 * and why as description. The notification is the one the outbox started the process for, in the
 * same transaction that creates the task.
 */
@Component
class NotificationTaskSubjects implements TaskSubjects {
    private final Outbox outbox;
    private final OrderLifecycle orders;

    NotificationTaskSubjects(Outbox outbox, OrderLifecycle orders) {
        this.outbox = outbox;
        this.orders = orders;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(NotificationFailureProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        Optional<NotificationView> failed = task.getExecution()
                .getVariable(NotificationFailureProcess.VAR_NOTIFICATION_ID) instanceof Number id
                ? outbox.find(id.longValue()) : Optional.empty();
        String customer = number == null ? null
                : orders.find(number).map(OrderView::customer).map(OrderView.CustomerView::name).orElse(null);
        if (number == null && failed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TaskSubject.of(TaskTexts.joined(number,
                        customer != null ? customer : failed.map(NotificationView::recipient).orElse(null)))
                .describedAs(failed.map(n -> TaskTexts.joined(n.event() + " by " + n.channel() + " to " + n.recipient(),
                        n.problem())).orElse(null)));
    }
}
