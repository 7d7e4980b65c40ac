package com.orderflow.jewelry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.orderflow.jewelry.DesignSource;
import com.orderflow.jewelry.JewelryKind;
import com.orderflow.jewelry.Metal;
import com.orderflow.jewelry.NewJewelryOrder;
import com.orderflow.jewelry.SampleKind;
import com.orderflow.jewelry.StoneOwner;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Reads the intake form (up to {@link #STONE_ROWS} stone rows and {@link #SAMPLE_ROWS} sample
 * rows; empty rows are skipped) into a request. Only the form's own syntax is checked here (a
 * number that is not one, an unknown choice); the intake rules are the service's.
 */
final class IntakeFormReader {
    static final int STONE_ROWS = 3;
    static final int SAMPLE_ROWS = 2;

    private final Map<String, String> form;
    private final List<FieldProblem> problems = new ArrayList<>();

    private IntakeFormReader(Map<String, String> form) {
        this.form = form;
    }

    static NewJewelryOrder read(Map<String, String> form) {
        return new IntakeFormReader(form).read();
    }

    private NewJewelryOrder read() {
        JewelryKind kind = choice("kind", JewelryKind.class);
        List<NewJewelryOrder.NewStone> stones = new ArrayList<>();
        for (int i = 0; i < STONE_ROWS; i++) {
            if (!text("stoneDescription" + i).isEmpty()) {
                stones.add(new NewJewelryOrder.NewStone(choice("stoneOwner" + i, StoneOwner.class), text("stoneDescription" + i),
                        wholeNumber("stoneCount" + i), number("stoneGrams" + i), number("stonePrice" + i)));
            }
        }
        List<NewJewelryOrder.NewSample> samples = new ArrayList<>();
        for (int i = 0; i < SAMPLE_ROWS; i++) {
            if (!text("sampleDescription" + i).isEmpty()) {
                samples.add(new NewJewelryOrder.NewSample(choice("sampleKind" + i, SampleKind.class),
                        text("sampleDescription" + i)));
            }
        }
        NewJewelryOrder order = new NewJewelryOrder(kind, text("customerName"), text("customerPhone"),
                text("customerLanguage"), text("customerChannel"), text("branch"), text("counter"), text("category"),
                choice("designSource", DesignSource.class), text("shopItemTag"), text("designDescription"),
                choice("metal", Metal.class), text("purity"), number("targetGrams"), number("toleranceGrams"), text("size"),
                number("makingPerGram"), number("makingFlat"), number("advance"), date("dueDate"), number("itemGrossGrams"),
                text("itemCondition"), text("repairWork"), number("labour"), stones, samples);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return order;
    }

    private String text(String field) {
        String value = form.get(field);
        return value == null ? "" : value.strip();
    }

    private BigDecimal number(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a number"));
            return null;
        }
    }

    /** A count: 2 (or 2.0) is 2; 2.5 is refused, never cut to 2. */
    private Integer wholeNumber(String field) {
        BigDecimal value = number(field);
        if (value == null) {
            return null;
        }
        try {
            return value.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    private LocalDate date(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "is not one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }
}
