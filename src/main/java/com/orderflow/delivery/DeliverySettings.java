package com.orderflow.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code orderflow.delivery}: where routes start.
 *
 * @param shop the shop (or godown) the delivery boys ride out from
 */
@ConfigurationProperties(prefix = "orderflow.delivery")
record DeliverySettings(Shop shop) {

    DeliverySettings {
        if (shop == null || !GeoPoint.valid(shop.latitude(), shop.longitude())) {
            throw new IllegalStateException(
                    "orderflow.delivery.shop.latitude and .longitude must be the shop's point in degrees");
        }
    }

    record Shop(Double latitude, Double longitude) {
        GeoPoint point() {
            return new GeoPoint(latitude, longitude);
        }
    }
}
