package com.orderflow.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's history as the shop needs it, at level full minus one table. Kept: process, activity
 * and task instances and the identity link log with its claim times (the reports read
 * ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK), variable instances (their
 * last values, for Cockpit and the tests), incidents, the job log and the user operation log
 * (Tasklist's task history and Cockpit's audit of who changed what). Dropped: ACT_HI_DETAIL, a row for
 * every write of every variable and form field, which nothing here reads and which made up the
 * largest part of the history rows per order; what people did is in our own audit trail and the
 * operation log. The level itself stays full (the database records it, and lowering it would lose
 * the identity links).
 */
final class KeptHistory extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Handler());
    }

    /** The engine's own database handler, without the detail rows. */
    static final class Handler extends DbHistoryEventHandler {
        @Override
        public void handleEvent(HistoryEvent event) {
            // a variable's write still updates its ACT_HI_VARINST row (insertHistoricVariableUpdateEntity);
            // other details (form fields) have nothing else to them
            if (event instanceof HistoricVariableUpdateEventEntity || !(event instanceof HistoricDetailEventEntity)) {
                super.handleEvent(event);
            }
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return false;
        }
    }
}
