package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.orders.DuplicateOrders;

/** Says whether the new order may repeat an earlier one ({@code possibleDuplicate}, {@code duplicateOf}). */
@Component("checkForDuplicateDelegate")
class CheckForDuplicateDelegate implements JavaDelegate {
    private final DuplicateOrders duplicates;

    CheckForDuplicateDelegate(DuplicateOrders duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var twin = duplicates.earlierTwinOf(execution.getProcessBusinessKey());
        execution.setVariable(OrderFulfilmentProcess.VAR_POSSIBLE_DUPLICATE, twin.isPresent());
        execution.setVariable(OrderFulfilmentProcess.VAR_DUPLICATE_OF, twin.orElse(null));
    }
}
