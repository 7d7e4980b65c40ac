package com.orderflow.delivery;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.delivery}: where routes start, where proofs of delivery are kept, and the map.
 *
 * @param shop the shop (or godown) the delivery boys ride out from
 * @param proofFolder where photos and signatures are stored, one file each with a thumbnail
 * @param proofMaxSize the largest photo or signature accepted; a phone photo is 2–4 MB
 * @param thumbnailPixels the longer side of a proof's thumbnail
 * @param tileUrl the map tile server ({z}/{x}/{y}); empty = no tiles (offline): the map then shows
 *        the shop, the stops and the delivery boys on a plain background
 * @param tileAttribution the credit line the tile server asks for
 */
@ConfigurationProperties(prefix = "orderflow.delivery")
record DeliverySettings(Shop shop, @DefaultValue("./data/proofs") Path proofFolder,
        @DefaultValue("5MB") DataSize proofMaxSize, @DefaultValue("240") int thumbnailPixels,
        @DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {

    DeliverySettings {
        if (shop == null || !GeoPoint.valid(shop.latitude(), shop.longitude())) {
            throw new IllegalStateException(
                    "orderflow.delivery.shop.latitude and .longitude must be the shop's point in degrees");
        }
        if (proofMaxSize.toBytes() <= 0) {
            throw new IllegalStateException("orderflow.delivery.proof-max-size must be more than 0, e.g. 5MB");
        }
        if (thumbnailPixels < 16) {
            throw new IllegalStateException("orderflow.delivery.thumbnail-pixels must be at least 16");
        }
    }

    record Shop(Double latitude, Double longitude) {
        GeoPoint point() {
            return new GeoPoint(latitude, longitude);
        }
    }
}
