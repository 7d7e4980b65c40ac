package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;
import com.orderflow.platform.EngineActor;

/**
 * When a stop task completes (on the phone page or in Tasklist), the stop linked to the task (see
 * {@link LinkStopTaskListener}) is recorded as delivered or returned, checked against its proofs: a
 * delivery needs a photo or a signature, a return a reason and a photo. A stop without them cannot
 * complete, nor a task whose variables now name another stop.
 */
@Component("recordStopOutcomeListener")
class RecordStopOutcomeListener implements TaskListener {
    private final RunDispatch dispatch;
    private final EngineActor actor;

    RecordStopOutcomeListener(RunDispatch dispatch, EngineActor actor) {
        this.dispatch = dispatch;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        String who = EngineActor.SYSTEM.equals(actor.current()) && task.getAssignee() != null ? task.getAssignee()
                : actor.current();
        Object outcome = task.getVariable(DeliveryRunProcess.VAR_DELIVERY_OUTCOME);
        Object reason = task.getVariable(DeliveryRunProcess.VAR_RETURN_REASON);
        // the completion may have set stopOrder (on the stop, or on the task alone); both must still
        // name the task's own stop, which the sending of the outcome reads next
        Object onStop = execution.getVariable(DeliveryRunProcess.VAR_STOP_ORDER);
        Object onTask = task.getVariable(DeliveryRunProcess.VAR_STOP_ORDER);
        String claimed = onStop instanceof String order && order.equals(onTask) ? order : null;
        Long proofId = dispatch.recordOutcome(DeliveryRunProcess.runNumber(execution), task.getId(), claimed,
                outcome == null ? null : outcome.toString(), reason == null ? null : reason.toString(), who);
        task.setVariable(DeliveryRunProcess.VAR_PROOF_ID, proofId);
    }
}
