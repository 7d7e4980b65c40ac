package com.orderflow.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * UPI payment links (K1): {@code upi://pay?pa=…&pn=…&am=…&cu=INR&tn=…&tr=…}, bound to one bill's
 * number or counter sale's reference (tr, the shop's reference that comes back on the payment) and
 * the amount due on it.
 */
@Component
class UpiLinks {
    private final BillingSettings settings;

    UpiLinks(BillingSettings settings) {
        this.settings = settings;
    }

    /** Empty without a configured UPI id, or when nothing is due. */
    Optional<String> forBill(String billNumber, BigDecimal amountDue) {
        return link(billNumber, "Bill " + billNumber, amountDue);
    }

    /** For a counter sale ({@code CS-12}) or a basket about to be sold (reference null); empty as above. */
    Optional<String> forCounter(String saleReference, BigDecimal amount) {
        return link(saleReference, saleReference == null ? "Counter sale" : "Counter sale " + saleReference, amount);
    }

    private Optional<String> link(String reference, String note, BigDecimal amount) {
        BillingSettings.Upi upi = settings.getUpi();
        if (!upi.isConfigured() || amount == null || amount.signum() <= 0) {
            return Optional.empty();
        }
        String payee = upi.getPayeeName().isBlank() ? settings.getShopName() : upi.getPayeeName();
        return Optional.of("upi://pay?pa=" + encode(upi.getPayeeVpa()) + "&pn=" + encode(payee)
                + "&am=" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "&cu=INR"
                + "&tn=" + encode(note) + (reference == null ? "" : "&tr=" + encode(reference)));
    }

    /**
     * Percent-encoding of everything but RFC 3986's unreserved characters and '@' (legal in a
     * query, and UPI ids are written with it). Not {@code URLEncoder}: its '+' for a space is
     * form encoding, which several UPI apps show literally in the payee name.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '@') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
