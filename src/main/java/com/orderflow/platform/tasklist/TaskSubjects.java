package com.orderflow.platform.tasklist;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A feature module's answer to "what is this task about?" for the processes it owns, read from its
 * own domain by the process's business key (or an id the engine itself set in the same transaction,
 * such as a multi-instance element), never from variables a user could have written. Every user
 * task of those processes, in every deployed version, is named by it when it is created
 * ({@link TaskNaming}).
 */
public interface TaskSubjects {
    /** The keys of the processes whose tasks this describes. */
    Set<String> processKeys();

    /**
     * What the new task is about; empty when the domain does not know it (the task keeps its plain
     * name). Runs inside the transaction that creates the task: it must not throw, so look things up
     * with methods that answer {@code Optional}, not with ones that throw when nothing is found.
     */
    Optional<TaskSubject> subjectOf(DelegateTask task);
}
