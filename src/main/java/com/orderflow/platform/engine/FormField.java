package com.orderflow.platform.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * One keyed field of a Camunda Form, as far as the server checks it.
 *
 * @param type          the form-js type: textfield, textarea, number, checkbox, select, radio, datetime …
 * @param input         false for read-only and disabled fields: shown, never taken from a submission
 * @param options       the values a select or radio field offers (static values only); empty otherwise
 * @param hideCondition the field's FEEL {@code conditional.hide}, or null
 * @param subtype       the datetime field's subtype (date, time, datetime), or null
 */
record FormField(String key, String type, boolean input, boolean required, BigDecimal min, BigDecimal max,
        Integer minLength, Integer maxLength, String pattern, Integer decimalDigits, List<String> options,
        String hideCondition, String subtype) {
}
