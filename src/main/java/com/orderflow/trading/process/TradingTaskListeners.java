package com.orderflow.trading.process;

import static com.orderflow.trading.process.TradingOrderProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

import com.orderflow.platform.EngineActor;
import com.orderflow.trading.CustomerFeedback;
import com.orderflow.trading.CustomerPayments;
import com.orderflow.trading.Installations;
import com.orderflow.trading.ShipmentBooking;
import com.orderflow.trading.ShipmentDelays;
import com.orderflow.trading.VendorSourcing;
import com.orderflow.trading.Warehouse;

/**
 * What each user task of trading-order.bpmn records when it is completed: the fields of that step's
 * own form, handed to the domain that checks them ({@code ${tradingTask.picked(task)}}). A refused
 * form refuses the completion, naming the field; nothing of it is kept.
 */
@ProcessBean
@Component("tradingTask")
public class TradingTaskListeners {
    private final OrderIds ids;
    private final EngineActor actor;
    private final CustomerPayments payments;
    private final VendorSourcing sourcing;
    private final Warehouse warehouse;
    private final ShipmentBooking booking;
    private final ShipmentDelays delays;
    private final Installations installations;
    private final CustomerFeedback feedback;

    TradingTaskListeners(OrderIds ids, EngineActor actor, CustomerPayments payments, VendorSourcing sourcing,
            Warehouse warehouse, ShipmentBooking booking, ShipmentDelays delays, Installations installations,
            CustomerFeedback feedback) {
        this.ids = ids;
        this.actor = actor;
        this.payments = payments;
        this.sourcing = sourcing;
        this.warehouse = warehouse;
        this.booking = booking;
        this.delays = delays;
        this.installations = installations;
        this.feedback = feedback;
    }

    public void checkedUnpaid(DelegateTask task) {
        payments.checkedUnpaid(order(task), field(task, FIELD_PAYMENT_OUTCOME), field(task, FIELD_PAYMENT_REFERENCE),
                who(task));
    }

    public void vendorAnswered(DelegateTask task) {
        sourcing.answerByProcurement(order(task), field(task, FIELD_VENDOR_ANSWER), field(task, FIELD_VENDOR_NOTE),
                who(task));
    }

    public void vendorChased(DelegateTask task) {
        sourcing.chased(order(task), field(task, FIELD_CHASE_NOTE), who(task));
    }

    /** Shows Procurement the vendors to choose from (a line of text in the form: code and name). */
    public void offerVendors(DelegateTask task) {
        task.setVariableLocal("vendorChoices", String.join("; ", sourcing.vendorChoices().stream()
                .map(v -> v.code() + " (" + v.name() + ")").toList()));
    }

    /** Another vendor: its purchase order is raised at once; giving up closes the order next. */
    public void sourcedAgain(DelegateTask task) {
        long order = order(task);
        sourcing.sourceAgain(order, field(task, FIELD_SOURCE_AGAIN), field(task, FIELD_VENDOR_CODE), who(task))
                .ifPresent(vendor -> sourcing.raise(order, vendor));
    }

    public void picked(DelegateTask task) {
        warehouse.picked(order(task), field(task, FIELD_ALL_PICKED), who(task));
    }

    /** Shows the warehouse the units whose serials are to be scanned, with the serial shapes. */
    public void describeUnits(DelegateTask task) {
        task.setVariableLocal("unitsToScan", warehouse.unitsToScan(order(task)));
    }

    public void qualityChecked(DelegateTask task) {
        warehouse.qualityChecked(order(task), field(task, FIELD_SERIALS), field(task, FIELD_ACCESSORIES),
                field(task, FIELD_NO_DAMAGE), who(task));
    }

    public void packed(DelegateTask task) {
        warehouse.packed(order(task), field(task, FIELD_PACKED_WEIGHT), who(task));
    }

    /** Shows Dispatch the couriers to choose from. */
    public void offerCouriers(DelegateTask task) {
        task.setVariableLocal("courierChoices", String.join("; ", booking.courierChoices().stream()
                .map(c -> c.code() + " (" + c.name() + (c.typesAwb() ? ": type the AWB" : ": AWB from its API") + ")")
                .toList()));
    }

    public void dispatchRequested(DelegateTask task) {
        booking.request(order(task), field(task, FIELD_COURIER), field(task, FIELD_AWB), who(task));
    }

    public void delayHandled(DelegateTask task) {
        delays.handled(order(task), field(task, FIELD_DELAY_ACTION), who(task));
    }

    /** Shows the order manager the technicians to choose from. */
    public void offerTechnicians(DelegateTask task) {
        task.setVariableLocal("technicianChoices", String.join(", ", installations.technicianChoices()));
    }

    public void technicianChosen(DelegateTask task) {
        installations.chooseTechnician(order(task), field(task, FIELD_TECHNICIAN), who(task));
    }

    /** Shows Customer Care the day's slots. */
    public void offerSlots(DelegateTask task) {
        task.setVariableLocal("slotChoices", String.join(", ", installations.slots()));
    }

    public void slotAgreed(DelegateTask task) {
        installations.agreeByPhone(order(task), field(task, FIELD_SLOT_DATE), field(task, FIELD_SLOT), who(task));
    }

    /** The visit task was created: it is the only one that ends the visit. */
    public void visitStarted(DelegateTask task) {
        installations.linkTask(order(task), task.getId());
    }

    public void visitEnded(DelegateTask task) {
        Map<String, Object> form = new HashMap<>();
        for (String name : List.of(FIELD_VISIT_OUTCOME, FIELD_VISIT_NOTE, "installed", "demoGiven", "customerTrained",
                "siteClean")) {
            form.put(name, field(task, name));
        }
        installations.visitEnded(task.getId(), form, who(task));
    }

    /** Shows the manager how the visit ended: checklist, photos, signature, note. */
    public void describeVisit(DelegateTask task) {
        task.setVariableLocal("visitSummary", installations.summaryOfLastVisit(order(task)));
    }

    public void installationApproved(DelegateTask task) {
        installations.approved(order(task), field(task, FIELD_APPROVAL), field(task, FIELD_APPROVAL_NOTE), who(task));
    }

    public void feedbackCaptured(DelegateTask task) {
        feedback.captured(order(task), field(task, FIELD_RATING), field(task, FIELD_FEEDBACK_COMMENT), who(task));
    }

    public void refunded(DelegateTask task) {
        payments.refunded(order(task), field(task, FIELD_REFUND_REFERENCE), who(task));
    }

    private long order(DelegateTask task) {
        return ids.of(task.getExecution());
    }

    /** What the form sent: it lands on the execution (a task-local value would be a stale copy). */
    private static Object field(DelegateTask task, String name) {
        return task.getExecution().getVariable(name);
    }

    private String who(DelegateTask task) {
        return task.getAssignee() != null ? task.getAssignee() : actor.current();
    }
}
