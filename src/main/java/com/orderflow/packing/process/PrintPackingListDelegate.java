package com.orderflow.packing.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.packing.DailyPackingList;

/**
 * Builds tomorrow's packing list, prints it, and gives the packer's task what it needs to show; the
 * day becomes the process's business key.
 */
@Component("printPackingListDelegate")
class PrintPackingListDelegate implements JavaDelegate {
    private final DailyPackingList lists;

    PrintPackingListDelegate(DailyPackingList lists) {
        this.lists = lists;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DailyPackingList.PackingList list = lists.printFor(lists.tomorrow());
        // the day is what the list is about: its task is named and found by it
        execution.setProcessBusinessKey(list.date().toString());
        execution.setVariable(DailyPackingListProcess.VAR_PACKING_DATE, list.date().toString());
        execution.setVariable(DailyPackingListProcess.VAR_PACKING_LIST_SUMMARY, list.summary());
        execution.setVariable(DailyPackingListProcess.VAR_PACKING_LIST_FILE, list.fileName());
        execution.setVariable(DailyPackingListProcess.VAR_ORDER_COUNT, list.orders().size());
    }
}
