package com.orderflow.returns;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderProofs;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.process.OrderFulfilmentProcess;

/**
 * An order the delivery boy brought back (status RETURNED) opens a return of all its goods, showing
 * the photo he had to take of them (the newest photo among the order's proofs of delivery).
 *
 * <p>Synchronous, in the transaction that marks the order returned: the return row and its process
 * instance commit with the status or not at all, so no crash between two transactions can lose a
 * return (an after-commit listener is not retried). The returns process stops at an asynchronous
 * continuation right after its start, so this adds two inserts to the delivery boy's step; booking
 * the goods and the decision table run later in their own job, whose failure is an incident on the
 * return, never a failed delivery confirmation.
 */
@Component
class ReturnedDeliveries {
    private static final String PHOTO = "PHOTO";

    private final ReturnService returns;
    private final RuntimeService runtime;
    private final List<OrderProofs> proofs;

    ReturnedDeliveries(ReturnService returns, RuntimeService runtime, List<OrderProofs> proofs) {
        this.returns = returns;
        this.runtime = runtime;
        this.proofs = proofs;
    }

    @EventListener
    public void onStatusChanged(OrderStatusChanged change) {
        if (change.to() == OrderStatus.RETURNED) {
            returns.openForReturnedDelivery(change.orderNumber(), reasonOf(change.orderNumber()),
                    photoOf(change.orderNumber()), change.actor());
        }
    }

    /** The address of the newest photo among the order's proofs: the one taken at the door. */
    private String photoOf(String orderNumber) {
        return proofs.stream().flatMap(p -> p.proofsOf(orderNumber).stream())
                .filter(proof -> PHOTO.equals(proof.kind()))
                .max(Comparator.comparing(OrderProofs.Proof::at).thenComparing(OrderProofs.Proof::id))
                .map(OrderProofs.Proof::url).orElse(null);
    }

    /**
     * The delivery boy's words, as the order's process holds them at this moment (inside the same
     * engine command, the variable he just entered is visible); none when the status came another way.
     */
    private String reasonOf(String orderNumber) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(OrderFulfilmentProcess.KEY).processInstanceBusinessKey(orderNumber).list()) {
            Object reason = runtime.getVariable(instance.getId(), OrderFulfilmentProcess.VAR_RETURN_REASON);
            if (reason != null && !reason.toString().isBlank()) {
                return reason.toString();
            }
        }
        return null;
    }
}
