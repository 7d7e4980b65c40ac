package com.orderflow.delivery;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;
import com.orderflow.platform.bootstrap.DemoData;
import com.orderflow.platform.security.CurrentUser;

/**
 * The zone master of a shop in Dahisar East, for a first look: five zones, ridden by the demo
 * delivery boys ravi (Dahisar and Mira Road) and imran (Borivali), and localities of Dahisar,
 * Borivali and Mira Road with pincodes and approximate centre points (good to a few hundred metres,
 * which is what a locality point is for). Demo mode only, only into an empty master: a shop's own
 * zones, localities and delivery boys are never in the shipped tables or code paths outside demo.
 */
@Component
@Order(6)
class DemoLocalities implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoLocalities.class);
    private static final CurrentUser OWNER = new CurrentUser("owner", Set.of(Roles.ADMIN));

    static final List<NewZone> DAHISAR_ZONES = List.of(
            new NewZone("Dahisar East", "ravi"),
            new NewZone("Dahisar West", "ravi"),
            new NewZone("Mira Road", "ravi"),
            new NewZone("Borivali East", "imran"),
            new NewZone("Borivali West", "imran"));

    static final List<NewLocality> DAHISAR_SHOP = List.of(
            new NewLocality("Dahisar East", "400068", "Dahisar East", 19.2550, 72.8640),
            new NewLocality("Rawalpada", "400068", "Dahisar East", 19.2605, 72.8685),
            new NewLocality("Ketkipada", "400068", "Dahisar East", 19.2640, 72.8720),
            new NewLocality("Anand Nagar", "400068", "Dahisar East", 19.2490, 72.8620),
            new NewLocality("Dahisar West", "400068", "Dahisar West", 19.2540, 72.8540),
            new NewLocality("Kandarpada", "400068", "Dahisar West", 19.2470, 72.8500),
            new NewLocality("Mhatre Wadi", "400068", "Dahisar West", 19.2515, 72.8560),
            new NewLocality("Borivali East", "400066", "Borivali East", 19.2290, 72.8610),
            new NewLocality("Magathane", "400066", "Borivali East", 19.2330, 72.8660),
            new NewLocality("Devipada", "400066", "Borivali East", 19.2265, 72.8690),
            new NewLocality("Daulat Nagar", "400066", "Borivali East", 19.2300, 72.8640),
            new NewLocality("Borivali West", "400092", "Borivali West", 19.2307, 72.8520),
            new NewLocality("Shimpoli", "400092", "Borivali West", 19.2255, 72.8465),
            new NewLocality("Eksar", "400092", "Borivali West", 19.2375, 72.8450),
            new NewLocality("Chikuwadi", "400092", "Borivali West", 19.2270, 72.8500),
            new NewLocality("I.C. Colony", "400103", "Borivali West", 19.2460, 72.8500),
            new NewLocality("Mira Road East", "401107", "Mira Road", 19.2813, 72.8686),
            new NewLocality("Poonam Sagar", "401107", "Mira Road", 19.2790, 72.8620),
            new NewLocality("Kashimira", "401104", "Mira Road", 19.2890, 72.8700));

    private final boolean enabled;
    private final ZoneService zones;

    DemoLocalities(@Value("${orderflow.demo:false}") boolean demo, ZoneService zones) {
        this.enabled = demo;
        this.zones = zones;
    }

    @Override
    public void run() {
        if (!enabled || !zones.isEmpty()) {
            return;
        }
        DAHISAR_ZONES.forEach(zone -> zones.addZone(zone, OWNER));
        DAHISAR_SHOP.forEach(locality -> zones.addLocality(locality, OWNER));
        log.info("Demo zone master: {} zones, {} localities of Dahisar, Borivali and Mira Road", DAHISAR_ZONES.size(),
                DAHISAR_SHOP.size());
    }
}
