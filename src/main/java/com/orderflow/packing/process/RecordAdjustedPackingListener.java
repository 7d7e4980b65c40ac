package com.orderflow.packing.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;
import com.orderflow.platform.EngineActor;

/** The packer changed the box after a bill revision: recorded with the weighing its completion recorded just before. */
@Component("recordAdjustedPackingListener")
class RecordAdjustedPackingListener implements TaskListener {
    private final PackingService packing;
    private final EngineActor actor;

    RecordAdjustedPackingListener(PackingService packing, EngineActor actor) {
        this.packing = packing;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        packing.recordAdjusted(task.getExecution().getProcessBusinessKey(),
                task.getAssignee() != null ? task.getAssignee() : actor.current());
    }
}
