package com.orderflow.customers;

import java.time.Duration;
import java.util.List;

import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A sign-in step refused: a wrong, expired or used-up code, or too many requests. Names the field
 * and the rule in English (the API's words) and carries a message key with its arguments for the
 * page, which says it in the customer's language.
 */
public class SignInRefused extends InvalidInputException {
    private final String messageKey;
    private final Object[] arguments;
    private final Duration retryAfter;

    SignInRefused(String field, String rule, String messageKey, Duration retryAfter, Object... arguments) {
        super(List.of(new FieldProblem(field, rule)));
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.retryAfter = retryAfter;
    }

    public String field() {
        return problems().get(0).field();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** How long to wait before asking again, for a refusal by rate limit; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
