package com.orderflow.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that tells a refusal from a failure in what the engine threw: the engine wraps what
 * a listener or delegate throws, so a business refusal (our {@link InvalidInputException},
 * {@link ConflictException}, {@link NotFoundException}, {@link AccessDeniedException}) is found in
 * the causes; another node having changed the same task, process or row at the same moment (the
 * engine's optimistic locking, a database lock conflict) is a conflict. Whatever else is a failure.
 */
public final class Refusals {
    private Refusals() {
    }

    /** A refusal as a client sees it: status, a title, a message, and the bad fields if any. */
    public record Refusal(HttpStatus status, String title, String message, List<FieldProblem> problems) {
    }

    public static Optional<Refusal> of(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Optional<Refusal> ours = ours(cause);
            if (ours.isPresent()) {
                return ours;
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
                return Optional.of(new Refusal(HttpStatus.CONFLICT, "Changed at the same moment",
                        "Someone else completed or changed this at the same moment; nothing was saved: reload and"
                                + " look again", List.of()));
            }
        }
        return engines(thrown);
    }

    private static Optional<Refusal> ours(Throwable cause) {
        if (cause instanceof InvalidInputException invalid) {
            List<FieldProblem> problems = invalid.problems();
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "Invalid input", problems.size() == 1
                    ? problems.get(0).field() + " " + problems.get(0).message()
                    : problems.stream().map(p -> p.field() + " " + p.message())
                            .collect(Collectors.joining("; ")), problems));
        }
        if (cause instanceof ConflictException) {
            return Optional.of(new Refusal(HttpStatus.CONFLICT, "Not possible in the current state", cause.getMessage(),
                    List.of()));
        }
        if (cause instanceof NotFoundException) {
            return Optional.of(new Refusal(HttpStatus.NOT_FOUND, "Not found", cause.getMessage(), List.of()));
        }
        if (cause instanceof AccessDeniedException) {
            return Optional.of(new Refusal(HttpStatus.FORBIDDEN, "Not allowed for your role", cause.getMessage(),
                    List.of()));
        }
        return Optional.empty();
    }

    /** The engine's own refusals of the request itself, when the engine threw them directly. */
    private static Optional<Refusal> engines(Throwable thrown) {
        if (thrown instanceof AuthorizationException) {
            return Optional.of(new Refusal(HttpStatus.FORBIDDEN, "Not allowed for your role", thrown.getMessage(),
                    List.of()));
        }
        if (thrown instanceof NullValueException || thrown instanceof org.camunda.bpm.engine.exception.NotFoundException) {
            return Optional.of(new Refusal(HttpStatus.NOT_FOUND, "Not found", thrown.getMessage(), List.of()));
        }
        if (thrown instanceof BadUserRequestException) {
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST, "Bad request", thrown.getMessage(), List.of()));
        }
        return Optional.empty();
    }
}
