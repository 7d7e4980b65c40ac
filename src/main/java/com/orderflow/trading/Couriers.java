package com.orderflow.trading;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The configured couriers ({@code orderflow.trading.couriers}), each behind its {@link CourierClient}. */
@Component
class Couriers {
    private final TradingSettings settings;

    Couriers(TradingSettings settings) {
        this.settings = settings;
    }

    Optional<CourierClient> find(String code) {
        TradingSettings.Courier courier = settings.courier(code);
        if (courier == null) {
            return Optional.empty();
        }
        return Optional.of(courier.isHttp() ? new HttpCourier(code, courier) : new ManualCourier(code, courier.getName()));
    }

    CourierClient get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("No courier " + code + " configured"));
    }

    List<CourierClient> all() {
        return settings.getCouriers().keySet().stream().map(this::get).toList();
    }
}
