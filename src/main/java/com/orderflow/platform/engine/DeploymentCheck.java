package com.orderflow.platform.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs before the engine's own deployers on every new deployment (the app's own at start-up, Camunda
 * Modeler's, the REST API's): only BPMN diagrams, DMN tables and Camunda Forms may be deployed, and
 * diagrams and tables may run nothing but the shop's own code (see {@link BpmnCheck},
 * {@link DmnCheck}). A refused deployment stores nothing and answers 400 naming each element.
 */
final class DeploymentCheck implements Deployer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BpmnCheck bpmn;
    private final DmnCheck dmn = new DmnCheck();

    DeploymentCheck(BpmnCheck bpmn) {
        this.bpmn = bpmn;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return; // already checked when it was deployed; this is the engine reloading its cache
        }
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            for (String problem : problemsOf(resource.getName(), resource.getBytes())) {
                problems.add(resource.getName() + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new NotValidException("Deployment refused: " + String.join("; ", problems));
        }
    }

    private List<String> problemsOf(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
                return bpmn.problems(DiagramXml.parse(bytes));
            }
            if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
                return dmn.problems(DiagramXml.parse(bytes));
            }
            if (lower.endsWith(".form")) {
                JsonNode form = JSON.readTree(bytes);
                return form != null && form.path("components").isArray() ? List.of()
                        : List.of("is not a Camunda Form (no components)");
            }
        } catch (IllegalArgumentException | IOException e) {
            return List.of("cannot be read: " + e.getMessage());
        }
        return List.of("only BPMN diagrams (.bpmn), DMN tables (.dmn) and Camunda Forms (.form) may be deployed;"
                + " scripts, pages and other files may not");
    }
}
