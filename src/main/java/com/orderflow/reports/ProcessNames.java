package com.orderflow.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;

/**
 * The deployed processes as the reports name them: which keys exist, and each flow node's name and
 * type in the newest version (parsed once per version).
 */
@Component
class ProcessNames {
    private final RepositoryService repository;
    private final Map<String, Map<String, Node>> nodesByDefinition = new ConcurrentHashMap<>();

    ProcessNames(RepositoryService repository) {
        this.repository = repository;
    }

    /** The keys of every deployed process, sorted. */
    List<String> keys() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getKey).distinct().sorted().toList();
    }

    /** The newest version of a process, or null for an unknown key. */
    ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** A definition by id, or null. */
    ProcessDefinition byId(String id) {
        return repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    }

    /** The flow nodes of a process's newest version by id, in the diagram's order; empty for an unknown key. */
    Map<String, Node> nodes(String key) {
        ProcessDefinition definition = latest(key);
        if (definition == null) {
            return Map.of();
        }
        return nodesByDefinition.computeIfAbsent(definition.getId(), id -> {
            BpmnModelInstance model = repository.getBpmnModelInstance(id);
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                nodes.put(node.getId(), new Node(node.getId(), node.getName() == null ? node.getId() : node.getName(),
                        node.getElementType().getTypeName()));
            }
            return nodes;
        });
    }

    /** A node's name in the newest version of its process, or its id when the version has no such node. */
    String name(String processKey, String activityId) {
        Node node = nodes(processKey).get(activityId);
        return node == null ? activityId : node.name();
    }

    /** A flow node: id, name and BPMN type ("userTask", "intermediateCatchEvent" …). */
    record Node(String id, String name, String type) {
    }
}
