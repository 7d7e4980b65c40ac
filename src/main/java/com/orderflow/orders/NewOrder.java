package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What it takes to place an order (S1). Validated by {@link OrderService#create}. The delivery
 * slot may be left out (any time of the day); the promise defaults to STANDARD (S6).
 */
public record NewOrder(
        @NotNull Channel channel,
        @NotNull @Valid Customer customer,
        LocalDate deliveryDate,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid Line> lines,
        DeliverySlot deliverySlot,
        DeliveryPromise promise) {

    /** An order without a slot, on the standard promise. */
    public NewOrder(Channel channel, Customer customer, LocalDate deliveryDate, List<Line> lines) {
        this(channel, customer, deliveryDate, lines, null, null);
    }

    /**
     * Corrections to an order; a null part stays as it is. Lines, when given, replace all lines.
     */
    public record Changes(@Valid Customer customer, LocalDate deliveryDate, @Size(min = 1, max = 100) List<@NotNull @Valid Line> lines) {
    }

    public record Customer(
            @NotBlank @Size(max = 120) String name,
            @NotBlank String phone,
            @Size(max = 400) String address,
            @Size(max = 120) String locality,
            @Pattern(regexp = "[1-9][0-9]{5}", message = "must be a 6-digit pincode") String pincode,
            @Pattern(regexp = "en|mr|hi", message = "must be en, mr or hi") String language,
            ContactChannel contactChannel) {

        /** A customer who takes the defaults: English, on WhatsApp. */
        public Customer(String name, String phone, String address, String locality, String pincode) {
            this(name, phone, address, locality, pincode, null, null);
        }
    }

    /**
     * One line as a client sends it: what ({@code sku}: a SKU or a scanned pack label) and how many.
     * Name, size and unit price are the catalogue's; a client may send them, and then they must be
     * the catalogue's (or, on a change to an order, what the order already has for that SKU), or
     * the line is refused naming the field. A discount is given only by a role the permission table
     * allows, with a reason.
     */
    // named apart from the other modules' "Line" records, which would otherwise share one schema
    @Schema(name = "NewOrderLine", description = "One line of an order: what (sku) and how many (quantity); the "
            + "catalogue gives name, size and unit price")
    public record Line(
            @Schema(description = "SKU (e.g. KK-1KG) or a scanned pack label (KK-1KG|1 kg|KK-2611-01|2026-12-05)")
            @NotBlank @Size(max = 80)
            @Pattern(regexp = SKU_OR_LABEL, message = "must be a SKU (letters, digits, '.', '_' and '-') or a scanned pack label")
            String sku,
            @Schema(description = "Optional: the catalogue's name (English, Marathi or Hindi), or left out; "
                    + "any other name is refused")
            @Size(max = 120) String product,
            @Schema(description = "Optional: the catalogue's size, or left out; any other size is refused")
            @Size(max = 20) String size,
            @NotNull @Positive @Max(10000) Integer quantity,
            @Schema(description = "Optional: the catalogue's unit price in rupees (on a change, also the price the "
                    + "order already has for the SKU), or left out; any other price is refused with "
                    + "\"must be the catalogue price ₹…, or left out\"")
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @Schema(description = "Rupees off the line; only roles the permission table allows (admin, order "
                    + "manager, biller), with a discountReason")
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal discount,
            @Schema(description = "Why the discount is given; required with a new or larger discount")
            @Size(max = 200) String discountReason) {

        /** A line without a discount reason (callers from before discounts needed one). */
        public Line(String sku, String product, String size, Integer quantity, BigDecimal unitPrice,
                BigDecimal discount) {
            this(sku, product, size, quantity, unitPrice, discount, null);
        }

        /** What order entry sends: the product and how many; the catalogue says the rest. */
        public static Line of(String sku, int quantity) {
            return new Line(sku, null, null, quantity, null, null, null);
        }

        /** The same line with a discount and why it is given. */
        public Line discounted(BigDecimal amount, String reason) {
            return new Line(sku, product, size, quantity, unitPrice, amount, reason);
        }
    }

    /** A SKU ("KK-1KG"), or a pack label as a scanner types it ("KK-1KG|1 kg|KK-2611-01|2026-12-05"). */
    static final String SKU_OR_LABEL = "([A-Za-z0-9][A-Za-z0-9._-]*)?"
            + "|[A-Za-z0-9][A-Za-z0-9._-]*\\|[^|]{0,20}\\|[^|]{1,40}\\|[0-9]{4}-[0-9]{2}-[0-9]{2}";
}
