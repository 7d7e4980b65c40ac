package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.Base64;

import org.springframework.stereotype.Service;

import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.platform.documents.Codes;
import com.orderflow.platform.security.CurrentUser;

/**
 * Counter sales as paper and as a UPI request: the 80 mm receipt of a sale, and before a UPI sale
 * the amount the customer is asked to pay, priced by the catalogue, with its UPI QR.
 */
@Service
public class CounterReceipts {
    private static final int QR_PIXELS = 320;

    private final CounterSaleService sales;
    private final CounterReceiptPdf pdf;
    private final UpiLinks upiLinks;

    CounterReceipts(CounterSaleService sales, CounterReceiptPdf pdf, UpiLinks upiLinks) {
        this.sales = sales;
        this.pdf = pdf;
        this.upiLinks = upiLinks;
    }

    /** The amount to pay for a basket and, with a UPI id configured, the UPI link and its QR as a data URL. */
    public record UpiRequest(BigDecimal total, String upiLink, String upiQr) {
    }

    /** The receipt of a sale (billers and admins, who sell). */
    public byte[] receiptPdf(String reference, CurrentUser user) {
        return pdf.render(sales.receipt(reference, user));
    }

    /**
     * What a basket comes to and how to pay it by UPI; nothing is sold or reserved. Without a UPI id
     * the link and QR are null (the counter page then says payment QR is off).
     */
    public UpiRequest upiRequest(CounterSaleRequest basket, CurrentUser user) {
        BigDecimal total = sales.quote(basket, user).total();
        String link = upiLinks.forCounter(null, total).orElse(null);
        String qr = link == null ? null
                : "data:image/png;base64," + Base64.getEncoder().encodeToString(Codes.qrPng(link, QR_PIXELS));
        return new UpiRequest(total, link, qr);
    }
}
