package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;

/**
 * Before the assignment table decides: from the karigar master, the least busy active karigar who
 * makes the order's category in its metal, and how many pieces he has open. The table
 * (dmn/karigar-assignment.dmn) then suggests him or leaves the choice to the order manager.
 */
@Component
class CountWorkloadListener implements ExecutionListener {
    private final JewelryWork work;

    CountWorkloadListener(JewelryWork work) {
        this.work = work;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var skilled = work.skilledKarigar((String) execution.getVariable(JewelryOrderProcess.VAR_CATEGORY),
                String.valueOf(execution.getVariable(JewelryOrderProcess.VAR_METAL)));
        execution.setVariable(JewelryOrderProcess.VAR_SKILLED_KARIGAR,
                skilled.map(JewelryWork.SkilledKarigar::id).orElse(null));
        execution.setVariable(JewelryOrderProcess.VAR_WORKLOAD,
                skilled.map(JewelryWork.SkilledKarigar::openPieces).orElse(0L));
    }
}
