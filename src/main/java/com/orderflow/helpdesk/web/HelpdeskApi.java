package com.orderflow.helpdesk.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The help desk API for staff (Customer Care, the order manager, admins): tickets, one ticket with
 * its messages, a ticket opened for a phone call, and an answer (mailed to the customer). Tickets
 * from e-mail open themselves from the support mailbox.
 */
@RestController
@RequestMapping("/api/helpdesk/tickets")
@Tag(name = "Help desk")
class HelpdeskApi {
    private final HelpDesk helpDesk;

    HelpdeskApi(HelpDesk helpDesk) {
        this.helpDesk = helpDesk;
    }

    /** A staff answer: the text mailed to the customer, and whether the ticket closes with it. */
    record ReplyRequest(String reply, boolean close) {
    }

    /** A ticket staff open for a customer who phoned or came to the counter. */
    record OpenRequest(String subject, String message, String orderNumber, String customerName, String customerEmail,
            String customerPhone) {
    }

    @Operation(summary = "Open tickets, most urgent first (all=true: the latest 200, closed ones too)")
    @GetMapping
    List<TicketView> list(@RequestParam(defaultValue = "false") boolean all, CurrentUser user) {
        return helpDesk.list(!all, user);
    }

    @Operation(summary = "One ticket with its messages and notes")
    @GetMapping("/{number}")
    TicketView get(@PathVariable String number, CurrentUser user) {
        return helpDesk.get(number, user);
    }

    @Operation(summary = "Open a ticket for a customer (needs an e-mail address or a phone number to answer)")
    @PostMapping
    ResponseEntity<TicketView> open(@RequestBody OpenRequest request, CurrentUser user) {
        TicketView opened = helpDesk.openByStaff(new NewTicket(null, request.subject(), request.message(),
                request.orderNumber(), request.customerName(), request.customerEmail(), request.customerPhone(), null),
                user);
        return ResponseEntity.created(URI.create("/api/helpdesk/tickets/" + opened.number())).body(opened);
    }

    @Operation(summary = "Answer a ticket (mailed to the customer) and/or close it")
    @PostMapping("/{number}/reply")
    TicketView reply(@PathVariable String number, @RequestBody ReplyRequest request, CurrentUser user) {
        return helpDesk.reply(number, request.reply(), request.close(), user);
    }
}
