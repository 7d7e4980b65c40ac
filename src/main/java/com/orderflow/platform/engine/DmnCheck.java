package com.orderflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * A decision table is evaluated on the server: its expressions must be FEEL (the default), never a
 * script language or JUEL, and FEEL's external functions (which call Java) are refused.
 */
final class DmnCheck {
    private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

    List<String> problems(Element definitions) {
        List<String> problems = new ArrayList<>();
        DiagramXml.walk(definitions, element -> check(element, problems));
        return problems;
    }

    private static void check(Element element, List<String> problems) {
        String language = element.getAttribute("expressionLanguage").strip().toLowerCase(Locale.ROOT);
        if (!language.isEmpty() && !language.equals("feel") && !language.contains("/feel/")) {
            problems.add(DiagramXml.nameOf(element) + ": expressionLanguage \"" + element.getAttribute("expressionLanguage")
                    + "\" runs code on the server; decision tables use FEEL");
        }
        if ("text".equals(element.getLocalName())
                && EXTERNAL_FUNCTION.matcher(DiagramXml.ownText(element)).find()) {
            problems.add(DiagramXml.nameOf(element) + ": a FEEL external function calls Java on the server");
        }
    }
}
