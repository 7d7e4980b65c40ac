package com.orderflow.jewelry.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.orderflow.platform.web.InvalidInputException;

/** Reads form values, which Camunda Forms submit as Long, Double or String depending on the field. */
final class ProcessValues {
    private ProcessValues() {
    }

    static long orderId(VariableScope scope) {
        return ((Number) scope.getVariable(JewelryOrderProcess.VAR_ORDER_ID)).longValue();
    }

    /** A decimal as typed (Double's shortest text, so 12.345 stays 12.345); null when absent or blank. */
    static BigDecimal decimal(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a number, not '" + value + "'");
        }
    }

    /** A count as typed (2 or 2.0); null when absent or blank; 2.5 is refused, never cut to 2. */
    static Integer integer(VariableScope scope, String name) {
        BigDecimal value = decimal(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(name, "must be a whole number, not '" + scope.getVariable(name) + "'");
        }
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}
