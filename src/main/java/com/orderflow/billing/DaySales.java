package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.CounterDayTotals;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * What a shop day sold: the orders billed that day (bills issued that day and still live: a revised
 * bill counts once, as its revision; a cancelled one not at all) and the counter sales, together.
 */
@Service
public class DaySales {
    private final Bills bills;
    private final CounterSaleService counter;
    private final ShopClock clock;

    DaySales(Bills bills, CounterSaleService counter, ShopClock clock) {
        this.bills = bills;
        this.counter = counter;
        this.clock = clock;
    }

    /** One day's sales: bills and their total, counter sales and theirs, and both together. */
    public record View(LocalDate day, int bills, BigDecimal billed, int counterSales, BigDecimal counter,
            BigDecimal total) {
    }

    /** The sales of a shop day (null: today). */
    @Transactional(readOnly = true)
    public View of(LocalDate day, CurrentUser user) {
        BillingPermissions.checkView(user);
        LocalDate shopDay = day == null ? clock.today() : day;
        Object[] issued = bills.totalIssued(clock.at(shopDay, LocalTime.MIDNIGHT).toInstant(),
                clock.at(shopDay.plusDays(1), LocalTime.MIDNIGHT).toInstant(), BillStatus.ISSUED).get(0);
        CounterDayTotals sold = counter.dayTotals(shopDay);
        BigDecimal billed = ((BigDecimal) issued[1]).setScale(2);
        return new View(shopDay, ((Number) issued[0]).intValue(), billed, sold.sales(), sold.total(),
                billed.add(sold.total()));
    }
}
