package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.orderflow.returns.ReturnSteps;

/**
 * Takes the refund-or-replacement table's answer from the business rule task ({@code decisionResult},
 * the engine's transient result: a map of two outputs cannot be stored as a variable without Java
 * serialization, which the engine refuses) and keeps it: on the return, and as plain variables the
 * biller's form shows. The decision starts out as the suggestion, so the form's select shows it.
 */
@Component
class RecordSuggestionListener implements ExecutionListener {
    private final ReturnSteps steps;

    RecordSuggestionListener(ReturnSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResult result = (DmnDecisionResult) execution.getVariable("decisionResult");
        DmnDecisionResultEntries row = result == null ? null : result.getFirstResult();
        if (row == null) {
            throw new IllegalStateException("The " + DECISION_KEY + " table answered nothing: its last row must "
                    + "match everything");
        }
        String decision = row.getEntry("decision");
        String why = row.getEntry("reasonText");
        steps.recordSuggestion(execution.getProcessBusinessKey(), decision, why);
        execution.setVariable(VAR_SUGGESTED_DECISION, decision);
        execution.setVariable(VAR_SUGGESTION_REASON, why);
        execution.setVariable(VAR_DECISION, decision);
    }
}
