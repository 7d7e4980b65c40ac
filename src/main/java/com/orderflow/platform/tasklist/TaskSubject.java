package com.orderflow.platform.tasklist;

import java.time.Instant;

/**
 * What a user task is about, as the domain knows it: the words added to the task's name so that a
 * list of twenty tasks can be told apart ("KO-2026-000123 · Meena Joshi"), a description (the items,
 * the promise), when it is due and, where it helps, a priority (Camunda's scale: 50 is normal).
 *
 * @param subject     added after the diagram's task name; never blank
 * @param description the task's description, or null to keep the diagram's documentation
 * @param due         when the work must be done, or null for the shop's default ({@code orderflow.tasklist.default-due-in})
 * @param priority    Camunda task priority, or null for the diagram's (50)
 */
public record TaskSubject(String subject, String description, Instant due, Integer priority) {
    public TaskSubject {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A task subject needs words");
        }
    }

    public static TaskSubject of(String subject) {
        return new TaskSubject(subject, null, null, null);
    }

    public TaskSubject describedAs(String text) {
        return new TaskSubject(subject, text, due, priority);
    }

    public TaskSubject dueBy(Instant when) {
        return new TaskSubject(subject, description, when, priority);
    }

    public TaskSubject withPriority(Integer value) {
        return new TaskSubject(subject, description, due, value);
    }
}
