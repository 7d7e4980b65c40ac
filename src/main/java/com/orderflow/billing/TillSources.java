package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.orderflow.inventory.CounterDayTotals;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.platform.ShopClock;

/** The two sources of till money that billing knows itself: counter sales, and bill payments at the till. */
@Configuration
class TillSources {
    static final String COUNTER_SALES = "counterSales";
    static final String BILL_PAYMENTS = "billPayments";

    @Bean
    CashUpSource counterSalesCash(CounterSaleService counter) {
        return day -> {
            CounterDayTotals totals = counter.dayTotals(day);
            return new CashUpSection(COUNTER_SALES, 10, totals.sales(), totals.cash(), totals.upi(), totals.card());
        };
    }

    /** Payments for bills taken (or paid back) at the till: the bill page, Bill order, refunds in cash or UPI. */
    @Bean
    CashUpSource billPaymentsAtTill(Payments payments, ShopClock clock) {
        return day -> {
            Map<PaymentMode, BigDecimal> byMode = new EnumMap<>(PaymentMode.class);
            int entries = 0;
            for (Object[] row : payments.tillTotals(start(clock, day), start(clock, day.plusDays(1)),
                    PaymentStatus.ACCEPTED)) {
                byMode.put((PaymentMode) row[0], ((BigDecimal) row[2]).setScale(2));
                entries += ((Number) row[1]).intValue();
            }
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new CashUpSection(BILL_PAYMENTS, 20, entries, byMode.getOrDefault(PaymentMode.CASH, zero),
                    byMode.getOrDefault(PaymentMode.UPI, zero), byMode.getOrDefault(PaymentMode.CARD, zero));
        };
    }

    private static java.time.Instant start(ShopClock clock, LocalDate day) {
        return clock.at(day, LocalTime.MIDNIGHT).toInstant();
    }
}
