package com.orderflow.jewelry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The fields the intake form shows (the others, e.g. customerChannel, only the API sends). */
    private static final Set<String> ON_THE_FORM = Set.of("kind", "customerName", "customerPhone", "customerLanguage",
            "branch", "counter", "category", "designSource", "shopItemTag", "designDescription", "metal", "purity",
            "targetGrams", "toleranceGrams", "size", "makingPerGram", "makingFlat", "advance", "dueDate", "itemGrossGrams",
            "itemCondition", "repairWork", "labour", "photos");
    private static final Pattern ROW_FIELD = Pattern.compile("(stone(Owner|Description|Count|Grams|Price)|sample(Kind|Description))\\d");
    private static final Pattern ROW = Pattern.compile("(stone|sample)s\\[(\\d+)]\\.(\\w+)");

    private final Map<String, String> form;
    private final List<FieldProblem> problems = new ArrayList<>();

    private IntakeFormReader(Map<String, String> form) {
        this.form = form;
    }

    /**
     * The form field a problem of the intake belongs beside: {@code stones[1].count} is the field
     * {@code stoneCount1}, {@code samples[0].kind} is {@code sampleKind0}, any photo is {@code photos}.
     */
    static String formField(String problemField) {
        Matcher row = ROW.matcher(problemField);
        if (row.matches()) {
            String name = row.group(3);
            return row.group(1) + Character.toUpperCase(name.charAt(0)) + name.substring(1) + row.group(2);
        }
        return problemField.startsWith("photos[") ? "photos" : problemField;
    }

    /** Whether the intake form has a place for this field's problems beside it. */
    static boolean onTheForm(String formField) {
        return ON_THE_FORM.contains(formField) || ROW_FIELD.matcher(formField).matches();
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
            problems.add(FieldProblem.rule(field, "must be a number", "jewelry.rule.number"));
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
            problems.add(FieldProblem.rule(field, "must be a whole number", "jewelry.rule.wholeNumber"));
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
            problems.add(FieldProblem.rule(field, "must be a date (yyyy-mm-dd)", "jewelry.rule.date"));
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
            List<E> choices = List.of(type.getEnumConstants());
            problems.add(FieldProblem.rule(field, "is not one of " + choices, "jewelry.rule.notOneOf", choices));
            return null;
        }
    }
}
