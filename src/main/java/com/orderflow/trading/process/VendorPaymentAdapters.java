package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

import com.orderflow.platform.EngineActor;
import com.orderflow.platform.Rupees;
import com.orderflow.trading.StageView;
import com.orderflow.trading.VendorStages;

/**
 * vendor-payment.bpmn's adapters, by the stage of the process's business key: the release task shows
 * the evidence ({@code ${vendorPayment.showEvidence(task)}}) and releases on completion
 * ({@code ${vendorPayment.release(task)}}); the service task tells the order
 * ({@code ${tellTheOrderDelegate}}).
 */
@ProcessBean
@Component("vendorPayment")
public class VendorPaymentAdapters {
    private final VendorStages stages;
    private final EngineActor actor;

    VendorPaymentAdapters(VendorStages stages, EngineActor actor) {
        this.stages = stages;
        this.actor = actor;
    }

    public void showEvidence(DelegateTask task) {
        StageView stage = stages.stage(stageOf(task.getExecution()));
        task.setVariableLocal("purchaseOrder", stage.purchaseOrder());
        task.setVariableLocal("stageName", stage.stage().name());
        task.setVariableLocal("stageAmount", Rupees.format(stage.amount()) + " (" + stage.percent().stripTrailingZeros()
                .toPlainString() + "% of " + Rupees.format(stage.purchaseOrderValue()) + ")");
        task.setVariableLocal("stageEvidence", stage.evidence());
        task.setVariableLocal("vendor", stage.vendor());
        task.setVariableLocal("tradingOrder", stage.orderNumber());
    }

    public void release(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        stages.releaseFromTask(stageOf(execution), execution.getVariable(VendorPaymentProcess.FIELD_RELEASE),
                execution.getVariable(VendorPaymentProcess.FIELD_RELEASE_REFERENCE),
                task.getAssignee() != null ? task.getAssignee() : actor.current());
    }

    long stageOf(DelegateExecution execution) {
        return stages.stageIdOf(execution.getProcessBusinessKey());
    }

    /** Tells the order when every stage up to the installation is paid. */
    @Component("tellTheOrderDelegate")
    static class TellTheOrderDelegate implements JavaDelegate {
        private final VendorPaymentAdapters adapters;
        private final VendorStages stages;

        TellTheOrderDelegate(VendorPaymentAdapters adapters, VendorStages stages) {
            this.adapters = adapters;
            this.stages = stages;
        }

        @Override
        public void execute(DelegateExecution execution) {
            stages.announce(adapters.stageOf(execution));
        }
    }
}
