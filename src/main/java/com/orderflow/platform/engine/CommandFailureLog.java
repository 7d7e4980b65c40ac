package com.orderflow.platform.engine;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.orderflow.platform.web.Refusals;

/**
 * Logs a failed engine command once, at the level it deserves, in place of the engine's own log
 * (switched off by {@link EngineTrustPlugin}), which logs every exception it did not throw itself
 * as an error with its stack trace: a business refusal from our listeners and delegates (a weight
 * out of range, no metal rate today), another node's change at the same moment, or a request the
 * engine refused, is the caller's answer (4xx) and logged at debug; anything else is an error.
 */
final class CommandFailureLog extends CommandInterceptor {
    private static final Logger log = LoggerFactory.getLogger("com.orderflow.engine.commands");

    @Override
    public <T> T execute(Command<T> command) {
        boolean outermost = Context.getCommandContext() == null;
        try {
            return next.execute(command);
        } catch (RuntimeException e) {
            if (outermost) {
                if (Refusals.of(e).isPresent() || e instanceof TaskAlreadyClaimedException) {
                    log.debug("{} refused: {}", command.getClass().getSimpleName(), e.getMessage());
                } else {
                    log.error("{} failed", command.getClass().getSimpleName(), e);
                }
            }
            throw e;
        }
    }
}
