package com.orderflow.orders.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.orders.Channel;
import com.orderflow.orders.IdempotencyKeyReused;
import com.orderflow.orders.IdempotentOrders;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.NoteView;
import com.orderflow.orders.OrderBoard;
import com.orderflow.orders.OrderListEntry;
import com.orderflow.orders.OrderQuery;
import com.orderflow.orders.OrderSearch;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The order API: create, read, search and filter, notes, cancel (S1, K11, F9). */
@RestController
@RequestMapping("/api")
@Tag(name = "Orders")
class OrderApi {
    private final OrderService orders;
    private final OrderSearch search;
    private final OrderBoard board;
    private final IdempotentOrders idempotent;

    OrderApi(OrderService orders, OrderSearch search, OrderBoard board, IdempotentOrders idempotent) {
        this.orders = orders;
        this.idempotent = idempotent;
        this.search = search;
        this.board = board;
    }

    record NoteRequest(String body, Long replyTo) {
    }

    record CancelRequest(String reason) {
    }

    @Operation(summary = "Place an order; starts its fulfilment process",
            description = "Each line names a SKU (or a scanned pack label) and a quantity. Product name, size and "
                    + "unit price are the catalogue's: leave them out, or send exactly the catalogue's (any of its "
                    + "English, Marathi or Hindi names); anything else is refused with a problem naming the field, "
                    + "e.g. lines[0].unitPrice \"must be the catalogue price ₹1,200.00, or left out\". A discount "
                    + "(rupees off the line) needs a role the permission table allows (admin, order manager, biller) "
                    + "and a discountReason.")
    @PostMapping("/orders")
    ResponseEntity<?> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
            @ExampleObject(name = "home delivery", value = NEW_ORDER_EXAMPLE))) @RequestBody NewOrder request,
            @Parameter(description = "Any unique text (a UUID): a retried request with the same key and body returns "
                    + "the order the first one made (Idempotent-Replayed: true) instead of a second order; the same "
                    + "key with another body answers 422", example = "6f1c2b9e-0d1a-4c55-9a43-1e2f3a4b5c6d")
            @RequestHeader(name = IdempotentOrders.HEADER, required = false) String idempotencyKey, CurrentUser user) {
        if (idempotencyKey == null) {
            OrderView order = orders.create(request, user);
            return ResponseEntity.created(URI.create("/api/orders/" + order.number())).body(order);
        }
        try {
            IdempotentOrders.Placed placed = idempotent.create(request, idempotencyKey, user);
            return ResponseEntity.created(URI.create("/api/orders/" + placed.order().number()))
                    .header("Idempotent-Replayed", Boolean.toString(placed.replayed())).body(placed.order());
        } catch (IdempotencyKeyReused e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
            problem.setTitle("Idempotency-Key reused");
            problem.setProperty("errors", List.of(new FieldProblem(IdempotentOrders.HEADER,
                    "was used before with a different request body")));
            return ResponseEntity.unprocessableEntity().body(problem);
        }
    }

    static final String NEW_ORDER_EXAMPLE = """
            {"channel": "ONLINE",
             "customer": {"name": "Sita Rao", "phone": "98201 23456", "address": "12 Shanti Nagar",
                          "locality": "Dahisar East", "pincode": "400068"},
             "lines": [{"sku": "KK-1KG", "quantity": 2}, {"sku": "MOD-500", "quantity": 1}]}""";

    @Operation(summary = "Correct an order: customer, items (before packing), an advance booking's date",
            description = "Lines, when given, replace all lines and follow the rules of a new order; a price or name "
                    + "the order already has for a SKU also stands. Items change only while the order is Received "
                    + "and no packer has claimed its pack task: afterwards the answer is 409, and items change "
                    + "through a revised bill (POST /api/bills/{number}/revisions); customer details still change.")
    @PatchMapping("/orders/{number}")
    OrderView edit(@PathVariable String number, @RequestBody NewOrder.Changes changes, CurrentUser user) {
        return orders.edit(number, changes, user);
    }

    @Operation(summary = "One order with its lines")
    @GetMapping("/orders/{number}")
    OrderView get(@PathVariable String number, CurrentUser user) {
        return orders.get(number, user);
    }

    @Operation(summary = "Orders, newest first: search and filters",
            description = "q finds an order by its number, the customer's phone in any format (98200 55555, "
                    + "+91 98200 55555, 9820055555), part of the customer's name (any case) or a bill number. "
                    + "from/to are order dates in shop time, both included; paid=true keeps orders whose current "
                    + "bill is settled, paid=false the rest (also orders not billed yet).")
    @GetMapping("/orders")
    Page<OrderListEntry> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String zone, @RequestParam(required = false) String deliveryBoy,
            @RequestParam(required = false) Boolean paid,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            CurrentUser user) {
        return search.search(new OrderQuery(q, status, channel, from, to, zone, deliveryBoy,
                paid == null ? null : paid ? OrderQuery.Payment.PAID : OrderQuery.Payment.UNPAID), page, size, user);
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

    @Operation(summary = "The live board: open orders by status and today's closed ones, with lateness",
            description = "Each column counts its orders (counts) and lists only its most urgent ones (columns): open "
                    + "orders by the nearest or longest missed delivery promise, closed ones newest first; at most "
                    + "cards per column (1 to 100; the shop's setting orderflow.board.cards-per-status when left out). "
                    + "late counts every late open order, listed or not.")
    @GetMapping("/board")
    OrderBoard.Board board(@RequestParam(required = false) Integer cards, CurrentUser user) {
        return board.board(user, cards);
    }
}
