package com.orderflow.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * What a deployed diagram may ask the server to run: the shop's delegates and listeners by bean
 * name, plain variable and condition expressions, and the shop's own process beans' methods. Script
 * tasks, inline or referenced scripts (listeners, conditions, inputs and outputs), Java classes,
 * connectors and task types such as shell are refused, as are expressions beyond that.
 */
final class BpmnCheck {
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Camunda attributes of BPMN elements that instantiate a class or pick a behaviour that runs code. */
    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "type", "resource", "formHandlerClass",
            "variableMappingClass");
    /** Text that Camunda never evaluates: notes for people and the Modeler's key/value properties. */
    private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "properties", "property");

    private final ExpressionCheck expressions;

    BpmnCheck(ExpressionCheck expressions) {
        this.expressions = expressions;
    }

    /** Every problem of the diagram, each naming its element; empty when it may be deployed. */
    List<String> problems(Element definitions) {
        List<String> problems = new ArrayList<>();
        check(definitions, problems);
        return problems;
    }

    private void check(Element element, List<String> problems) {
        String name = element.getLocalName();
        String namespace = element.getNamespaceURI();
        if (NOT_EVALUATED.contains(name) || "BPMNDiagram".equals(name)) {
            return;
        }
        if (BPMN.equals(namespace) && "scriptTask".equals(name)) {
            problems.add(DiagramXml.nameOf(element) + ": a script task runs code on the server; use a service task"
                    + " with one of the shop's delegates");
        }
        if (CAMUNDA.equals(namespace) && "script".equals(name)) {
            problems.add(DiagramXml.nameOf(element) + ": an inline script (in a listener, an input/output or a"
                    + " condition) runs code on the server");
        }
        if (CAMUNDA.equals(namespace) && "connector".equals(name)) {
            problems.add(DiagramXml.nameOf(element) + ": a connector calls other systems from the server");
        }
        if (BPMN.equals(namespace) && ("conditionExpression".equals(name) || "condition".equals(name))
                && element.hasAttribute("language")) {
            problems.add(DiagramXml.nameOf(element) + ": a script condition (language "
                    + element.getAttribute("language") + ") runs code on the server; write ${…} instead");
        }
        checkAttributes(element, problems);
        String text = DiagramXml.ownText(element);
        if (ExpressionCheck.hasExpression(text)) {
            expressions.problemIn(text).ifPresent(p -> problems.add(DiagramXml.nameOf(element) + ": " + p));
        }
        for (Element child : DiagramXml.children(element)) {
            check(child, problems);
        }
    }

    private void checkAttributes(Element element, List<String> problems) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            boolean ofCamundaElement = CAMUNDA.equals(element.getNamespaceURI()) && attribute.getNamespaceURI() == null;
            boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI()) || ofCamundaElement;
            boolean runsCode = CAMUNDA.equals(attribute.getNamespaceURI()) ? CODE_ATTRIBUTES.contains(local)
                    : ofCamundaElement && ("class".equals(local)
                            || "constraint".equals(element.getLocalName()) && "validator".equals(attribute.getValue()));
            String where = DiagramXml.nameOf(element) + ": ";
            if (runsCode) {
                problems.add(where + "camunda:" + local + "=\"" + attribute.getValue() + "\" runs code of the server's"
                        + " choosing; use a delegateExpression naming one of the shop's delegates");
            } else if (camunda && local.endsWith("elegateExpression")) {
                expressions.delegateProblemIn(attribute.getValue()).ifPresent(p -> problems.add(where + p));
            } else if (ExpressionCheck.hasExpression(attribute.getValue())) {
                expressions.problemIn(attribute.getValue()).ifPresent(p -> problems.add(where + p));
            }
        }
    }
}
