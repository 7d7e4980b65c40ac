package com.orderflow.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;

/**
 * A decision table file from {@code dmn/} (as it is on the classpath) on a plain DMN engine that
 * remembers which row answered last, so that tests can name the row they exercise.
 */
final class DecisionTableProbe {
    final DmnEngine engine;
    final DmnDecision table;
    private final List<String> lastMatchingRows = new ArrayList<>();

    DecisionTableProbe(String key) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            lastMatchingRows.clear();
            event.getMatchingRules().forEach(rule -> lastMatchingRows.add(rule.getId()));
        }));
        this.engine = configuration.buildEngine();
        try (InputStream file = DecisionTableProbe.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            if (file == null) {
                throw new IllegalStateException("dmn/" + key + ".dmn is not on the classpath");
            }
            this.table = engine.parseDecision(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row that answered the last evaluation (the first matching one: the tables are FIRST). */
    String answeringRow() {
        return lastMatchingRows.isEmpty() ? null : lastMatchingRows.get(0);
    }

    List<String> rowIds() {
        return rules().stream().map(DmnDecisionTableRuleImpl::getId).toList();
    }

    /** The output texts of every row, as written in the file (e.g. {@code "Dahisar East"} with quotes). */
    List<String> outputTexts() {
        return rules().stream().flatMap(rule -> rule.getConclusions().stream())
                .map(DmnExpressionImpl::getExpression).toList();
    }

    private List<DmnDecisionTableRuleImpl> rules() {
        return ((DmnDecisionTableImpl) table.getDecisionLogic()).getRules();
    }
}
