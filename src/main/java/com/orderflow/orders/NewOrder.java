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

    public record Line(
            @NotBlank @Size(max = 40)
            @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._-]*)?", message = "may contain only letters, digits, '.', '_' and '-'")
            String sku,
            @NotBlank @Size(max = 120) String product,
            @Size(max = 20) String size,
            @NotNull @Positive @Max(10000) Integer quantity,
            @NotNull @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal unitPrice,
            @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal discount) {
    }
}
