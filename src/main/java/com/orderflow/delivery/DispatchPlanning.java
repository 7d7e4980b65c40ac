package com.orderflow.delivery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.Channel;
import com.orderflow.orders.OrderFilter;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderSummary;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * What the dispatcher plans from (K4): the order lists come from the orders module (its own
 * permission check applies), the runs and proofs from here. Long lists are cut: the newest
 * {@value #COMPLETED} completed deliveries, at most {@value #OPEN} orders per open status.
 */
@Service
public class DispatchPlanning {
    static final int COMPLETED = 50;
    static final int OPEN = 200;
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.BILLER,
            Roles.CUSTOMER_CARE);

    private final OrderService orders;
    private final DeliveryStops stops;
    private final DeliveryRuns runs;
    private final ProofService proofs;

    DispatchPlanning(OrderService orders, DeliveryStops stops, DeliveryRuns runs, ProofService proofs) {
        this.orders = orders;
        this.stops = stops;
        this.runs = runs;
        this.proofs = proofs;
    }

    /** Admins, order managers, billers and Customer Care see the plan. */
    public boolean maySee(CurrentUser user) {
        return ROLES.stream().anyMatch(user::hasRole);
    }

    @Transactional(readOnly = true)
    public PlanningView plan(CurrentUser user) {
        if (!maySee(user)) {
            throw new AccessDeniedException("Your role may not see the dispatch plan");
        }
        Map<LocalDate, List<OrderSummary>> byDate = new TreeMap<>();
        for (OrderSummary order : list(OrderStatus.RECEIVED, Channel.ADVANCE_BOOKING, OPEN, Sort.by("deliveryDate", "number"), user)) {
            if (order.deliveryDate() != null) {
                byDate.computeIfAbsent(order.deliveryDate(), d -> new ArrayList<>()).add(order);
            }
        }
        List<OrderSummary> packed = new ArrayList<>();
        for (OrderStatus status : EnumSet.of(OrderStatus.PACKED, OrderStatus.BILLED, OrderStatus.READY_FOR_DISPATCH,
                OrderStatus.OUT_FOR_DELIVERY)) {
            packed.addAll(list(status, null, OPEN, Sort.by("statusSince"), user));
        }
        packed.sort(Comparator.comparing(OrderSummary::status).thenComparing(OrderSummary::statusSince));
        Map<String, Long> runOf = new HashMap<>();
        if (!packed.isEmpty()) {
            stops.findByLiveOrderNumberIn(packed.stream().map(OrderSummary::number).toList())
                    .forEach(stop -> runOf.put(stop.orderNumber(), stop.runId()));
        }
        List<OrderSummary> completed = new ArrayList<>();
        completed.addAll(list(OrderStatus.DELIVERED, null, COMPLETED, Sort.by(Sort.Direction.DESC, "statusSince"), user));
        completed.addAll(list(OrderStatus.RETURNED, null, COMPLETED, Sort.by(Sort.Direction.DESC, "statusSince"), user));
        completed.sort(Comparator.comparing(OrderSummary::statusSince).reversed());
        if (completed.size() > COMPLETED) {
            completed = new ArrayList<>(completed.subList(0, COMPLETED));
        }
        Map<Long, String> withoutBoy = new LinkedHashMap<>();
        runs.findByStateAndDeliveryBoyIsNullOrderByIdAsc(RunState.PLANNED)
                .forEach(run -> withoutBoy.put(run.number(), run.zoneName()));
        return new PlanningView(byDate, packed, runOf, completed,
                proofs.proofsOf(completed.stream().map(OrderSummary::number).toList()), withoutBoy);
    }

    private List<OrderSummary> list(OrderStatus status, Channel channel, int size, Sort sort, CurrentUser user) {
        return orders.list(new OrderFilter(status, channel, null, null), PageRequest.of(0, size, sort), user).getContent();
    }
}
