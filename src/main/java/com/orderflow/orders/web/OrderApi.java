package com.orderflow.orders.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.NoteView;
import com.orderflow.orders.OrderBoard;
import com.orderflow.orders.OrderFilter;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderSummary;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The order API: create, read, list and filter, notes, cancel (S1, K11, F9). */
@RestController
@RequestMapping("/api")
@Tag(name = "Orders")
class OrderApi {
    private final OrderService orders;
    private final OrderBoard board;

    OrderApi(OrderService orders, OrderBoard board) {
        this.orders = orders;
        this.board = board;
    }

    record NoteRequest(String body, Long replyTo) {
    }

    record CancelRequest(String reason) {
    }

    @Operation(summary = "Place an order; starts its fulfilment process")
    @PostMapping("/orders")
    ResponseEntity<OrderView> create(@RequestBody NewOrder request, CurrentUser user) {
        OrderView order = orders.create(request, user);
        return ResponseEntity.created(URI.create("/api/orders/" + order.number())).body(order);
    }

    @Operation(summary = "Correct an order: customer, items (before packing), an advance booking's date")
    @PatchMapping("/orders/{number}")
    OrderView edit(@PathVariable String number, @RequestBody NewOrder.Changes changes, CurrentUser user) {
        return orders.edit(number, changes, user);
    }

    @Operation(summary = "One order with its lines")
    @GetMapping("/orders/{number}")
    OrderView get(@PathVariable String number, CurrentUser user) {
        return orders.get(number, user);
    }

    @Operation(summary = "Orders, newest first, filtered by status, channel and order date (inclusive)")
    @GetMapping("/orders")
    Page<OrderSummary> list(@RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        var pageable = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "createdAt"));
        return orders.list(new OrderFilter(status, channel, from, to), pageable, user);
    }

    @Operation(summary = "Status changes of an order: from, to, who, when")
    @GetMapping("/orders/{number}/timeline")
    List<TimelineEntry> timeline(@PathVariable String number, CurrentUser user) {
        return orders.timeline(number, user);
    }

    @Operation(summary = "Every recorded action on an order, oldest first")
    @GetMapping("/orders/{number}/story")
    List<AuditEntry> story(@PathVariable String number, CurrentUser user) {
        return orders.story(number, user);
    }

    @Operation(summary = "Notes on an order")
    @GetMapping("/orders/{number}/notes")
    List<NoteView> notes(@PathVariable String number, CurrentUser user) {
        return orders.notes(number, user);
    }

    @Operation(summary = "Write a note, or answer one with replyTo")
    @PostMapping("/orders/{number}/notes")
    ResponseEntity<NoteView> addNote(@PathVariable String number, @RequestBody NoteRequest request,
            CurrentUser user) {
        NoteView note = orders.addNote(number, request.body(), request.replyTo(), user);
        return ResponseEntity.created(URI.create("/api/orders/" + number + "/notes")).body(note);
    }

    @Operation(summary = "Cancel an order from whatever step it waits at")
    @PostMapping("/orders/{number}/cancel")
    OrderView cancel(@PathVariable String number, @RequestBody CancelRequest request, CurrentUser user) {
        return orders.cancel(number, request.reason(), user);
    }

    @Operation(summary = "The live board: open orders by status and today's closed ones, with lateness")
    @GetMapping("/board")
    OrderBoard.Board board(CurrentUser user) {
        return board.board(user);
    }
}
