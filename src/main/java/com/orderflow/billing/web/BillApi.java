package com.orderflow.billing.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.billing.BillCopies;
import com.orderflow.billing.BillSearch;
import com.orderflow.billing.BillSummary;
import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.DaySales;
import com.orderflow.billing.FlagView;
import com.orderflow.billing.PaymentRequest;
import com.orderflow.billing.PaymentService;
import com.orderflow.billing.Revision;
import com.orderflow.notifications.NotificationView;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The bill API (K1, K2, K16, S5). Bills are never edited: PUT, PATCH and DELETE are answered 409
 * with the way to do it right (a revision, a credit note, a cancellation).
 */
@RestController
@RequestMapping("/api/bills")
@Tag(name = "Bills")
class BillApi {
    private final BillingService billing;
    private final PaymentService payments;
    private final BillCopies copies;
    private final BillSearch search;
    private final DaySales daySales;

    BillApi(BillingService billing, PaymentService payments, BillCopies copies, BillSearch search, DaySales daySales) {
        this.billing = billing;
        this.payments = payments;
        this.copies = copies;
        this.search = search;
        this.daySales = daySales;
    }

    record CreditNoteRequest(BigDecimal amount, String reason) {
    }

    record CancelRequest(String reason) {
    }

    record ResolveRequest(String note, Boolean acceptPayment, String refundMethod, String refundReference) {
    }

    record TrackingLink(String url) {
    }

    @Operation(summary = "Bills by bill number, order number, the customer's phone (any format) or name (q), "
            + "issued from/to (shop days, ISO dates); without q and days, today's; newest first, at most 200")
    @GetMapping
    List<BillSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user) {
        return search.find(q, from, to, user);
    }

    @Operation(summary = "A shop day's sales (default today): orders billed that day (live bills) and counter sales")
    @GetMapping("/day-sales")
    DaySales.View daySales(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            CurrentUser user) {
        return daySales.of(day, user);
    }

    @Operation(summary = "One bill with its lines, totals, credit notes, the order's payments and what is due")
    @GetMapping("/{number}")
    BillView get(@PathVariable String number, CurrentUser user) {
        return billing.get(number, user);
    }

    @Operation(summary = "Refused: an issued bill is never edited (409 names the revision and credit-note endpoints)")
    @PutMapping("/{number}")
    ResponseEntity<Void> put(@PathVariable String number, CurrentUser user) {
        billing.refuseEdit(number, user);
        return ResponseEntity.status(409).build();
    }

    @Operation(summary = "Refused: an issued bill is never edited (409 names the revision and credit-note endpoints)")
    @PatchMapping("/{number}")
    ResponseEntity<Void> patch(@PathVariable String number, CurrentUser user) {
        billing.refuseEdit(number, user);
        return ResponseEntity.status(409).build();
    }

    @Operation(summary = "Refused: an issued bill is kept; cancel it with POST /api/bills/{number}/cancel")
    @DeleteMapping("/{number}")
    ResponseEntity<Void> delete(@PathVariable String number, CurrentUser user) {
        billing.refuseEdit(number, user);
        return ResponseEntity.status(409).build();
    }

    @Operation(summary = "Revise the bill: the order's items as they should be now; a new bill supersedes this one")
    @PostMapping("/{number}/revisions")
    ResponseEntity<BillView> revise(@PathVariable String number, @RequestBody Revision revision, CurrentUser user) {
        BillView revised = billing.revise(number, revision, user);
        return ResponseEntity.created(URI.create("/api/bills/" + revised.number())).body(revised);
    }

    @Operation(summary = "A credit note against the bill (a price correction)")
    @PostMapping("/{number}/credit-notes")
    ResponseEntity<BillView> creditNote(@PathVariable String number, @RequestBody CreditNoteRequest request,
            CurrentUser user) {
        BillView bill = billing.creditNote(number, request.amount(), request.reason(), user);
        return ResponseEntity.created(URI.create("/api/bills/" + bill.number())).body(bill);
    }

    @Operation(summary = "Cancel the bill (a full credit note) and its order")
    @PostMapping("/{number}/cancel")
    BillView cancel(@PathVariable String number, @RequestBody CancelRequest request, CurrentUser user) {
        return billing.cancel(number, request.reason(), user);
    }

    @Operation(summary = "Record money taken at the counter: cash, upi or card (with reference)")
    @PostMapping("/{number}/payments")
    ResponseEntity<BillView> pay(@PathVariable String number, @RequestBody PaymentRequest request, CurrentUser user) {
        BillView bill = payments.record(number, request, user);
        return ResponseEntity.created(URI.create("/api/bills/" + bill.number())).body(bill);
    }

    @Operation(summary = "Send the bill to the customer (WhatsApp/SMS) with the tracking and UPI links")
    @PostMapping("/{number}/send")
    ResponseEntity<NotificationView> send(@PathVariable String number, CurrentUser user) {
        return ResponseEntity.accepted().body(copies.send(number, user));
    }

    @Operation(summary = "The printable bill as PDF: format a4 or thermal (80 mm)")
    @GetMapping(value = "/{number}/bill.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String number, @RequestParam(defaultValue = "a4") String format,
            CurrentUser user) {
        byte[] pdf = copies.pdf(number, format, user);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(number.strip() + "-" + format.strip() + ".pdf").build().toString())
                .body(pdf);
    }

    @Operation(summary = "The tracking link printed on the bill")
    @GetMapping("/{number}/tracking-link")
    ResponseEntity<TrackingLink> trackingLink(@PathVariable String number, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new TrackingLink(copies.trackingLink(number, user)));
    }

    @Operation(summary = "The tracking QR code of the bill (PNG)")
    @GetMapping(value = "/{number}/tracking-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> trackingQr(@PathVariable String number, CurrentUser user) {
        // no-store: the picture is a bearer link and must not outlive a revocation in a cache
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(copies.trackingQr(number, user));
    }

    @Operation(summary = "The UPI payment QR code for what is due (PNG); 404 when nothing is due")
    @GetMapping(value = "/{number}/upi-qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> upiQr(@PathVariable String number, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(copies.upiQr(number, user));
    }

    @Operation(summary = "Payment flags (S5): open ones, or all with all=true")
    @GetMapping("/flags")
    List<FlagView> flags(@RequestParam(defaultValue = "false") boolean all, CurrentUser user) {
        return payments.flags(all, user);
    }

    @Operation(summary = "Resolve a payment flag with a note; acceptPayment takes a flagged payment as paid; "
            + "refundMethod (cash, upi, gateway) and refundReference record a REFUND_DUE flag's money as paid back")
    @PostMapping("/flags/{id}/resolve")
    FlagView resolve(@PathVariable long id, @RequestBody ResolveRequest request, CurrentUser user) {
        return payments.resolve(id, request.note(), Boolean.TRUE.equals(request.acceptPayment()),
                request.refundMethod(), request.refundReference(), user);
    }
}
