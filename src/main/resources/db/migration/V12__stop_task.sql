-- The task of each stop on a run on the road (delivery-run.bpmn, UserTask_DeliverStop), recorded
-- when the engine creates it. Completing a task ends the stop linked here, whatever variables the
-- completion carries. NULL for a planned stop, and for stops taken out before this column existed.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL (both let a unique index hold many NULLs).
ALTER TABLE delivery_stop ADD COLUMN task_id VARCHAR(64);
CREATE UNIQUE INDEX ux_delivery_stop_task ON delivery_stop (task_id);
