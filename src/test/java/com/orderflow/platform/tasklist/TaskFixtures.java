package com.orderflow.platform.tasklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import com.orderflow.jewelry.DesignSource;
import com.orderflow.jewelry.JewelryKind;
import com.orderflow.jewelry.Metal;
import com.orderflow.jewelry.NewJewelryOrder;

/** What the Tasklist tests start their processes with. */
final class TaskFixtures {
    private TaskFixtures() {
    }

    /** A temple necklace described by the customer: it waits for the order manager to assign a karigar. */
    static NewJewelryOrder necklace(LocalDate due) {
        return new NewJewelryOrder(JewelryKind.CUSTOM, "Sunita Deshmukh", "98200 12345", "mr", "WHATSAPP", "HO",
                "Counter 1", "necklace", DesignSource.DESCRIBED, null, "Temple necklace", Metal.GOLD, "22K",
                new BigDecimal("32.000"), new BigDecimal("0.200"), null, new BigDecimal("450.00"), BigDecimal.ZERO,
                new BigDecimal("20000.00"), due, null, null, null, null, List.of(), List.of());
    }

    /** A bangle brought in for a new clasp. */
    static NewJewelryOrder repair(LocalDate due) {
        return new NewJewelryOrder(JewelryKind.REPAIR, "Sunita Deshmukh", "98200 12345", "mr", "WHATSAPP", "HO",
                "Counter 1", "bangle", null, null, null, Metal.GOLD, "22K", null, null, null, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("500.00"), due, new BigDecimal("12.400"), "Clasp broken", "New clasp",
                new BigDecimal("800.00"), List.of(), List.of());
    }

    /** Runs the jobs due now of the processes with this business key, as the job executor would (it is off in tests). */
    static void runJobsOf(String businessKey, RuntimeService runtime, ManagementService management) {
        for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
                management.executeJob(job.getId());
            }
        }
    }
}
