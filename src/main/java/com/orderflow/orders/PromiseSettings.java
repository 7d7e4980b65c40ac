package com.orderflow.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.delivery.promise}: how a promise (S6) becomes the moment an order is late.
 * EXPRESS: {@code expressWithin} after the order is placed. STANDARD: the end of the booked slot,
 * or {@code standardBy} on the delivery day without a slot. The delivery day is the booked date of
 * an advance booking, else today (tomorrow once today's time has passed). An advance booking is
 * never promised sooner than its slot, whatever its promise says.
 *
 * @param slots each slot's last hour, e.g. MORNING: "12:00"
 */
@ConfigurationProperties(prefix = "orderflow.delivery.promise")
record PromiseSettings(@DefaultValue("PT2H") Duration expressWithin, @DefaultValue("21:00") LocalTime standardBy,
        Map<DeliverySlot, LocalTime> slots) {

    private static final Map<DeliverySlot, LocalTime> DEFAULT_SLOT_ENDS = Map.of(DeliverySlot.MORNING,
            LocalTime.of(12, 0), DeliverySlot.AFTERNOON, LocalTime.of(16, 0), DeliverySlot.EVENING, LocalTime.of(20, 0));

    PromiseSettings {
        slots = slots == null || slots.isEmpty() ? DEFAULT_SLOT_ENDS : Map.copyOf(slots);
        for (DeliverySlot slot : DeliverySlot.values()) {
            if (!slots.containsKey(slot)) {
                throw new IllegalStateException("orderflow.delivery.promise.slots." + slot
                        + " must be the slot's last hour, e.g. \"12:00\"");
            }
        }
    }

    /** The moment the promise runs out for an order placed {@code now}. */
    Instant promisedBy(DeliveryPromise promise, DeliverySlot slot, LocalDate deliveryDate, ZonedDateTime now) {
        LocalTime dayEnd = slot == null ? standardBy : slots.get(slot);
        if (deliveryDate != null) {
            return ZonedDateTime.of(deliveryDate, dayEnd, now.getZone()).toInstant();
        }
        if (promise == DeliveryPromise.EXPRESS) {
            return now.plus(expressWithin).toInstant();
        }
        ZonedDateTime today = ZonedDateTime.of(now.toLocalDate(), dayEnd, now.getZone());
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}
