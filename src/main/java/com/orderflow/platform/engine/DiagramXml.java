package com.orderflow.platform.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a deployed XML resource (BPMN, DMN) into elements, with no DTDs and no external entities. */
final class DiagramXml {
    private DiagramXml() {
    }

    static Element parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Visits the element and every element below it, depth first. */
    static void walk(Element element, Consumer<Element> visitor) {
        visitor.accept(element);
        for (Element child : children(element)) {
            walk(child, visitor);
        }
    }

    static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                children.add(child);
            }
        }
        return children;
    }

    /** The element's own text, without that of its children. */
    static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString();
    }

    /** "ServiceTask_IssueBill (Issue bill)": the nearest element, itself or above, that has an id. */
    static String nameOf(Element element) {
        for (Node node = element; node instanceof Element named; node = node.getParentNode()) {
            String id = named.getAttribute("id");
            if (!id.isEmpty()) {
                String name = named.getAttribute("name");
                return name.isEmpty() ? id : id + " (" + name + ")";
            }
        }
        return element.getLocalName();
    }
}
