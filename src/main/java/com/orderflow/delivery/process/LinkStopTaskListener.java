package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;

/**
 * When a stop task is created, its stop remembers the task: completing the task later ends that
 * stop, whatever variables the completion sets. Here {@code stopOrder} is still the engine's own,
 * just taken from the run's stops by the multi-instance.
 */
@Component("linkStopTaskListener")
class LinkStopTaskListener implements TaskListener {
    private final RunDispatch dispatch;

    LinkStopTaskListener(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void notify(DelegateTask task) {
        var execution = task.getExecution();
        dispatch.linkStopTask(DeliveryRunProcess.runNumber(execution),
                (String) execution.getVariable(DeliveryRunProcess.VAR_STOP_ORDER), task.getId());
    }
}
