package com.orderflow.orders;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.DemoData;
import com.orderflow.platform.security.CurrentUser;

/**
 * A few orders at different steps so that a first look at the board and Tasklist shows a working
 * day. Only in demo mode, only into an empty database.
 */
@Component
@Order(10)
class DemoOrders implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    private static final CurrentUser BILLER = new CurrentUser("biller", Set.of(Roles.BILLER));

    private final boolean enabled;
    private final Orders orders;
    private final OrderService service;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ShopClock clock;

    DemoOrders(@Value("${orderflow.demo:false}") boolean demo, @Value("${orderflow.demo-orders:true}") boolean demoOrders,
            Orders orders, OrderService service, TaskService tasks, IdentityService identity, ShopClock clock) {
        this.enabled = demo && demoOrders;
        this.orders = orders;
        this.service = service;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (!enabled || orders.count() > 0) {
            return;
        }
        place(Channel.PHONE, "Sita Rao", "98201 23456", "Dahisar East", "400068",
                NewOrder.Line.of("KK-1KG", 2), NewOrder.Line.of("MOD-500", 1));
        String packed = place(Channel.ONLINE, "Farhan Qureshi", "99300 45678", "Borivali West", "400092",
                NewOrder.Line.of("CHK-500", 3));
        complete(packed, OrderFulfilmentProcess.TASK_PACK, "packer", Map.of("allItemsPacked", true,
                OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, 1500));
        String out = place(Channel.COUNTER, "Leela Naik", "+91 98190 77881", "Dahisar East", "400068",
                NewOrder.Line.of("BES-250", 4), NewOrder.Line.of("KAR-250", 2));
        complete(out, OrderFulfilmentProcess.TASK_PACK, "packer", Map.of("allItemsPacked", true,
                OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, 1520));
        complete(out, OrderFulfilmentProcess.TASK_BILL, "biller", Map.of("paymentMode", "upi"));
        // ready for dispatch now; delivery's DemoRuns takes it out with ravi on a run of one
        var advance = new NewOrder(Channel.ADVANCE_BOOKING,
                new NewOrder.Customer("Rahul Gokhale", "99200 11223", "5 Gokhale Road", "Borivali West", "400092"),
                clock.today().plusDays(3), List.of(NewOrder.Line.of("MOT-1KG", 5)));
        service.create(advance, BILLER);
        log.info("Demo orders placed: one received, one packed, one ready for dispatch, one advance booking");
    }

    private String place(Channel channel, String name, String phone, String locality, String pincode,
            NewOrder.Line... lines) {
        return service.create(new NewOrder(channel, new NewOrder.Customer(name, phone, null, locality, pincode),
                null, List.of(lines)), BILLER).number();
    }

    /** As the demo user would in Tasklist, so that the timeline names him. */
    private void complete(String number, String taskKey, String user, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList());
        try {
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }
}
