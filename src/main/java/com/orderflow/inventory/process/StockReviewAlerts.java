package com.orderflow.inventory.process;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import com.orderflow.inventory.StockAlertService;
import com.orderflow.platform.engine.ProcessBean;

/**
 * Expressions of the stock-review diagram: the multi-instance collection of new alert ids, and the
 * text of one alert for its task form.
 */
@ProcessBean
@Component("stockReviewAlerts")
public class StockReviewAlerts {
    private final StockAlertService alerts;

    StockReviewAlerts(StockAlertService alerts) {
        this.alerts = alerts;
    }

    public List<Long> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public String message(Object alertId) {
        return alerts.alert(((Number) alertId).longValue()).message();
    }
}
