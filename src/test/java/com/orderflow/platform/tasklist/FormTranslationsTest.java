package com.orderflow.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every text of every form in forms/ has its Marathi and Hindi words, which keep the form's
 * {@code {{variables}}} and link targets, and no translation is left for a text that is gone.
 */
class FormTranslationsTest {
    private static final Pattern KEPT = Pattern.compile("\\{\\{[^}]+}}|\\]\\(([^)]+)\\)");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"mr", "hi"})
    void everyFormTextHasItsTranslationWithTheSameVariablesAndLinks(String language) throws IOException {
        Map<String, String> english = englishTexts();
        Properties translated = bundle(language);
        List<String> problems = new ArrayList<>();
        english.forEach((key, text) -> {
            String words = translated.getProperty(key);
            if (words == null || words.isBlank()) {
                problems.add(key + ": no " + language + " text");
            } else if (!kept(text).equals(kept(words))) {
                problems.add(key + ": keeps " + kept(words) + ", the form has " + kept(text));
            } else if (words.equals(text) && !text.matches("[A-Z]+")) {
                problems.add(key + ": still English");
            }
        });
        translated.stringPropertyNames().stream().filter(key -> !english.containsKey(key)).sorted()
                .forEach(key -> problems.add(key + ": no such text in forms/"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mr", "hi"})
    void aFormIsTranslatedInPlaceLabelsTextsAndChoices(String language) throws IOException {
        JsonNode form = json.readTree(Path.of("forms/bill-order.form").toFile());
        assertTrue(new FormTexts().translate(form, Locale.forLanguageTag(language)));
        Properties translated = bundle(language);
        JsonNode payment = form.path("components").get(1);
        assertEquals(translated.getProperty("bill-order.Field_PaymentMode.label"), payment.path("label").asText());
        assertEquals(translated.getProperty("bill-order.Field_PaymentMode.values.cash"),
                payment.path("values").get(0).path("label").asText());
        assertEquals("cash", payment.path("values").get(0).path("value").asText(), "the values submitted stay");
        assertEquals("paymentMode", payment.path("key").asText());
        assertThat(form.path("components").get(0).path("text").asText()).contains("{{orderNumber}}");
    }

    private Map<String, String> englishTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path file : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = json.readTree(file.toFile());
                collect(form.path("id").asText(), form.path("components"), texts);
            }
        }
        return texts;
    }

    private static void collect(String formId, JsonNode components, Map<String, String> texts) {
        for (JsonNode component : components) {
            String prefix = formId + "." + component.path("id").asText() + ".";
            for (String property : FormTexts.PROPERTIES) {
                if (component.hasNonNull(property)) {
                    texts.put(prefix + property, component.path(property).asText());
                }
            }
            component.path("values").forEach(v -> texts.put(prefix + "values." + v.path("value").asText(),
                    v.path("label").asText()));
            collect(formId, component.path("components"), texts);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormTranslationsTest.class.getResourceAsStream(
                "/" + FormTexts.BUNDLE + "_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> kept(String text) {
        List<String> kept = new ArrayList<>();
        Matcher m = KEPT.matcher(text);
        while (m.find()) {
            kept.add(m.group());
        }
        return kept.stream().sorted().toList();
    }
}
