package com.orderflow.billing.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.billing.CounterReceipts;
import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The counter's paper and UPI requests (K14, K1); the sale itself is POST /api/counter-sales. */
@RestController
@RequestMapping("/api/counter-sales")
@Tag(name = "Counter sales")
class CounterReceiptApi {
    private final CounterReceipts receipts;

    CounterReceiptApi(CounterReceipts receipts) {
        this.receipts = receipts;
    }

    @Operation(summary = "The 80 mm receipt of a counter sale as PDF (with a UPI QR for the amount when paid by UPI)")
    @GetMapping(value = "/{reference}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable String reference, CurrentUser user) {
        byte[] pdf = receipts.receiptPdf(reference, user);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename(reference.strip() + "-receipt.pdf").build().toString())
                .body(pdf);
    }

    @Operation(summary = "What a basket comes to at catalogue prices, with the UPI link and QR to pay it; sells nothing")
    @PostMapping("/upi-request")
    CounterReceipts.UpiRequest upiRequest(@RequestBody CounterSaleRequest basket, CurrentUser user) {
        return receipts.upiRequest(basket, user);
    }
}
