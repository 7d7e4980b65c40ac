package com.orderflow.platform.web;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Dates in query parameters and form fields of every controller: {@code yyyy-mm-dd} within
 * {@link InputRules#problemWithDate}'s bounds (an empty field is no date), like dates in JSON bodies.
 * A refused one is a 400 naming the parameter.
 */
@ControllerAdvice
class DateParamAdvice {
    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                LocalDate date = InputRules.isoDate(text)
                        .orElseThrow(() -> new IllegalArgumentException("must be a date written yyyy-mm-dd"));
                InputRules.problemWithDate(date).ifPresent(rule -> {
                    throw new IllegalArgumentException(rule);
                });
                setValue(date);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }
}
