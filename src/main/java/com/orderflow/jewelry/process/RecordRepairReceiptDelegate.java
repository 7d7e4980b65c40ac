package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.jewelry.NewJewelryOrder;
import com.orderflow.jewelry.StoneOwner;
import com.orderflow.platform.EngineActor;

/** Records a repaired item back: its weight now (the added weight is kept apart), labour and any stone added (J9). */
@Component
class RecordRepairReceiptDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    RecordRepairReceiptDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String stone = ProcessValues.text(execution, VAR_ADDED_STONE_DESCRIPTION);
        NewJewelryOrder.NewStone added = stone == null ? null : new NewJewelryOrder.NewStone(StoneOwner.SHOP, stone,
                ProcessValues.integer(execution, VAR_ADDED_STONE_COUNT), ProcessValues.decimal(execution, VAR_ADDED_STONE_GRAMS),
                ProcessValues.decimal(execution, VAR_ADDED_STONE_PRICE));
        BigDecimal addedGrams = work.receiveRepair(ProcessValues.orderId(execution),
                ProcessValues.decimal(execution, VAR_GROSS_GRAMS), ProcessValues.decimal(execution, VAR_LABOUR), added,
                ProcessValues.flag(execution, VAR_SAMPLES_RETURNED), actor.current());
        execution.setVariable(VAR_WEIGHT_DIFFERENCE, addedGrams.toPlainString() + " g");
    }
}
