package com.orderflow.platform.web;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * How every JSON body is read, for every endpoint at once: a field sent twice, anything after the
 * JSON value, a fraction where a whole number belongs, a control character in a text and a date
 * that is not a plain {@code yyyy-mm-dd} within {@link InputRules}' bounds are refused (400 naming
 * the field, see {@link InputProblems}) instead of being guessed at or failing later in the database.
 */
@Configuration
class JsonInputConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1.5 into a count would otherwise become 1
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(String.class, new CheckedText())
                .deserializerByType(LocalDate.class, new CheckedDate());
    }

    /** A value the rules refuse; {@link #getOriginalMessage()} is the rule, the path names the field. */
    static final class RefusedValue extends MismatchedInputException {
        RefusedValue(JsonParser parser, String rule, Class<?> type) {
            super(parser, rule, type);
        }
    }

    /** Texts as Jackson reads them, then checked against {@link InputRules#problemWithText}. */
    static final class CheckedText extends StdScalarDeserializer<String> {
        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            var problem = InputRules.problemWithText(text);
            if (problem.isPresent()) {
                throw new RefusedValue(parser, problem.get(), String.class);
            }
            return text;
        }
    }

    /**
     * Dates only as the text {@code yyyy-mm-dd} (an empty text is no date), never as a number of days
     * or a date-time, and within {@link InputRules#problemWithDate}'s bounds.
     */
    static final class CheckedDate extends StdScalarDeserializer<LocalDate> {
        CheckedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, "must be a date written yyyy-mm-dd, in quotes", LocalDate.class);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = InputRules.isoDate(text).orElse(null);
            if (date == null) {
                throw new RefusedValue(parser, "must be a date written yyyy-mm-dd; '" + abbreviated(text) + "' is not one",
                        LocalDate.class);
            }
            var problem = InputRules.problemWithDate(date);
            if (problem.isPresent()) {
                throw new RefusedValue(parser, problem.get(), LocalDate.class);
            }
            return date;
        }

        private static String abbreviated(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return InputRules.problemWithText(shown).isPresent() ? "(unreadable)" : shown;
        }
    }
}
