package com.orderflow.operations.process;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.orderflow.operations.ConsistencyCheck;
import com.orderflow.platform.engine.ProcessBean;

/**
 * The findings of a check for the diagram: {@code ${consistencyFindings.ids(findingIds)}} as the
 * multi-instance collection and {@code ${consistencyFindings.text(findingId)}} for each task's form.
 */
@ProcessBean
@Component("consistencyFindings")
public class ConsistencyFindings {
    private final ConsistencyCheck check;

    ConsistencyFindings(ConsistencyCheck check) {
        this.check = check;
    }

    public List<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    public String text(Object findingId) {
        return check.finding(Long.parseLong(findingId.toString()))
                .map(item -> item.area() + " " + item.subject() + ": " + item.problem())
                .orElse("finding " + findingId + " (no longer stored)");
    }

    /** What the task is about, for its name: an order number, a run, a bill series. */
    String subject(Object findingId) {
        return check.finding(Long.parseLong(findingId.toString())).map(item -> item.subject()).orElse("a mismatch");
    }
}
