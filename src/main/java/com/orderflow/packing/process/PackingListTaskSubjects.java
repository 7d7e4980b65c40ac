package com.orderflow.packing.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.packing.DailyPackingList;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names the evening's packing-list task by its day (the business key): "Set out tomorrow's goods Thu
 * 3 Dec 2026 · 4 advance order(s)", the list as description, due when that day begins.
 */
@Component
class PackingListTaskSubjects implements TaskSubjects {
    private final DailyPackingList lists;
    private final ShopClock clock;

    PackingListTaskSubjects(DailyPackingList lists, ShopClock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(DailyPackingListProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(task.getExecution().getProcessBusinessKey()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        DailyPackingList.PackingList list = lists.of(day);
        return Optional.of(TaskSubject.of(TaskTexts.joined(TaskTexts.day(day), list.orders().size() + " advance order(s)"))
                .describedAs(list.summary()).dueBy(clock.at(day, LocalTime.MIDNIGHT).toInstant()));
    }
}
