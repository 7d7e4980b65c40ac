package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/** A submission checked against its form, the way the form checks it in Tasklist. */
class FormValuesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TaskForm FORM = TaskForm.parse("""
            {"id": "test-form", "components": [
              {"type": "text", "text": "header"},
              {"type": "textarea", "key": "planned", "readonly": true},
              {"type": "select", "key": "mode", "validate": {"required": true},
               "values": [{"label": "Cash", "value": "cash"}, {"label": "UPI", "value": "upi"}]},
              {"type": "number", "key": "discount", "decimalDigits": 2, "validate": {"min": 0, "max": 500}},
              {"type": "checkbox", "key": "checked", "validate": {"required": true}},
              {"type": "textarea", "key": "reason", "validate": {"required": true, "minLength": 3, "maxLength": 10},
               "conditional": {"hide": "=mode != \\"upi\\""}},
              {"type": "datetime", "key": "due", "subtype": "date"}
            ]}""");

    @Test
    void aGoodSubmissionGivesEveryInputFieldAndIgnoresReadOnlyOnes() {
        Map<String, Object> values = FormValues.check(FORM, submitted(Map.of("mode", "cash", "discount", 49.5,
                "checked", true, "planned", "whatever came back")));
        assertEquals(List.of("mode", "discount", "checked", "reason", "due"), List.copyOf(values.keySet()));
        assertEquals("cash", values.get("mode"));
        assertEquals(49.5, values.get("discount"));
        assertNull(values.get("reason"), "hidden while the mode is not upi, so not required");
        assertNull(values.get("due"));
        assertEquals(10L, FormValues.check(FORM, submitted(Map.of("mode", "cash", "discount", "10.00",
                "checked", true))).get("discount"));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertEquals(List.of(new FieldProblem("mode", "must be one of cash, upi (was 'gold')")),
                problems(Map.of("mode", "gold", "checked", true)));
        assertEquals(List.of(new FieldProblem("discount", "must be at least 0 (was -5)")),
                problems(Map.of("mode", "cash", "discount", -5, "checked", true)));
        assertEquals(List.of(new FieldProblem("discount", "may have at most 2 decimal places (was 1.005)")),
                problems(Map.of("mode", "cash", "discount", 1.005, "checked", true)));
        assertEquals(List.of(new FieldProblem("checked", "must be ticked")),
                problems(Map.of("mode", "cash", "checked", false)));
        assertEquals(List.of(new FieldProblem("reason", "is required")),
                problems(Map.of("mode", "upi", "checked", true)));
        assertEquals(List.of(new FieldProblem("reason", "must be at most 10 characters (was 11)")),
                problems(Map.of("mode", "upi", "checked", true, "reason", "eleven char")));
        assertEquals(List.of(new FieldProblem("due", "must be a date like 2026-05-01, not 'tomorrow'")),
                problems(Map.of("mode", "cash", "checked", true, "due", "tomorrow")));
        assertEquals("billDiscount", problems(Map.of("mode", "cash", "checked", true, "billDiscount", 50)).get(0)
                .field());
    }

    @Test
    void onlyPlainValuesAreTaken() {
        Map<String, JsonNode> submitted = new LinkedHashMap<>(submitted(Map.of("checked", true)));
        submitted.put("mode", JSON.createObjectNode().put("value", "rO0AB").put("type", "Object"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> FormValues.check(FORM, submitted));
        assertEquals("mode", refused.problems().get(0).field());
        assertEquals(List.of(), FormValues.check(TaskForm.NONE, Map.of()).keySet().stream().toList());
    }

    private static List<FieldProblem> problems(Map<String, Object> values) {
        return assertThrows(InvalidInputException.class, () -> FormValues.check(FORM, submitted(values))).problems();
    }

    private static Map<String, JsonNode> submitted(Map<String, Object> values) {
        Map<String, JsonNode> submitted = new LinkedHashMap<>();
        values.forEach((key, value) -> submitted.put(key, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        return submitted;
    }
}
