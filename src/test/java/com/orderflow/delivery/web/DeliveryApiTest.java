package com.orderflow.delivery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.delivery.GeoPoint;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The delivery API as a dispatcher, a delivery boy and an admin see it: ready orders grouped by zone
 * onto the zone's default delivery boy, stops in the shortest riding order, moves between runs,
 * who sees which run, and the locality master held to the zone table.
 */
@OrderflowSpringTest
class DeliveryApiTest {
    /** The shop of application.yaml's orderflow.delivery.shop. */
    private static final GeoPoint SHOP = new GeoPoint(19.2530, 72.8620);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;
    @Autowired
    AuditLog audit;

    private ReadyOrders orders;

    @BeforeEach
    void orders() {
        orders = new ReadyOrders(orderService, driver);
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user + "123")).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void planningPutsReadyOrdersOfAZoneOnOneRunForTheZonesDeliveryBoy() throws Exception {
        String kandarpada = orders.ready("Kandarpada", "400068");
        String mhatreWadi = orders.ready("Mhatre Wadi", "400068");
        String magathane = orders.ready("Magathane", "400066");
        String notReady = orders.received("Dahisar West", "400068");

        JsonNode result = body(mvc.perform(as("manager", post("/api/delivery/runs/plan"))).andExpect(status().isOk()));
        assertTrue(result.get("ordersPlanned").asInt() >= 3);

        JsonNode west = runWith(kandarpada);
        assertEquals(west.get("number"), runWith(mhatreWadi).get("number"), "one zone, one run");
        assertEquals("Dahisar West", west.get("zone").asText());
        assertEquals("ravi", west.get("deliveryBoy").asText());
        JsonNode east = runWith(magathane);
        assertEquals("Borivali East", east.get("zone").asText());
        assertEquals("imran", east.get("deliveryBoy").asText());
        assertNull(runWith(notReady), "an order that is not ready for dispatch waits");

        mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk());
        for (String number : List.of(kandarpada, mhatreWadi, magathane)) {
            assertEquals(1, stopsOf(number), number + " is on exactly one run");
        }
        assertTrue(audit.storyOf(kandarpada).stream().map(AuditEntry::action).anyMatch("DELIVERY_STOP_PLANNED"::equals));
    }

    @Test
    void stopsRideInTheShortestOrderFromTheShopAndAnUnknownLocalityRidesLast() throws Exception {
        String kashimira = orders.ready("Kashimira", "401104");
        String poonamSagar = orders.ready("Poonam Sagar", "401107");
        String miraRoad = orders.ready("Mira Road (E)", "401107");
        String pinned = orders.ready("Mira Road East", "401107");
        String unknown = orders.ready("Penkarpada", "401107");
        mvc.perform(as("owner", put("/api/delivery/orders/" + pinned + "/point"))
                        .content("{\"latitude\":19.2950,\"longitude\":72.8550}"))
                .andExpect(status().isNoContent());

        JsonNode result = body(mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk()));
        assertTrue(StreamSupport.stream(result.get("warnings").spliterator(), false)
                .anyMatch(w -> w.asText().contains(unknown) && w.asText().contains("Penkarpada")));

        JsonNode run = runWith(kashimira);
        assertEquals("Mira Road", run.get("zone").asText());
        List<JsonNode> stops = new ArrayList<>();
        run.get("stops").forEach(stops::add);
        assertEquals(List.of(kashimira, miraRoad, pinned, poonamSagar, unknown).stream().sorted().toList(),
                stops.stream().map(s -> s.get("orderNumber").asText()).sorted().toList());
        assertEquals(IntStream.rangeClosed(1, stops.size()).boxed().toList(),
                stops.stream().map(s -> s.get("stopNo").asInt()).toList());
        JsonNode last = stops.get(stops.size() - 1);
        assertEquals(unknown, last.get("orderNumber").asText());
        assertEquals("NONE", last.get("pointSource").asText());
        assertTrue(last.get("metresFromPrevious").isNull());
        JsonNode pinnedStop = stops.stream().filter(s -> s.get("orderNumber").asText().equals(pinned)).findFirst()
                .orElseThrow();
        assertEquals("ORDER", pinnedStop.get("pointSource").asText());
        assertEquals(19.2950, pinnedStop.get("latitude").asDouble(), 1e-9);

        List<GeoPoint> ridden = stops.subList(0, stops.size() - 1).stream()
                .map(s -> new GeoPoint(s.get("latitude").asDouble(), s.get("longitude").asDouble())).toList();
        GeoPoint at = SHOP;
        int sum = 0;
        for (int i = 0; i < ridden.size(); i++) {
            int leg = stops.get(i).get("metresFromPrevious").asInt();
            assertEquals(at.metresTo(ridden.get(i)), leg, 0.5, "leg " + (i + 1));
            sum += leg;
            at = ridden.get(i);
        }
        assertEquals(sum, run.get("totalMetres").asInt());
        assertEquals(shortestOfAllOrders(ridden), pathFromShop(ridden), 1e-6, "the route is the shortest one");

        // pinning a point of an order on a planned run re-routes the run at once
        mvc.perform(as("owner", put("/api/delivery/orders/" + pinned + "/point"))
                        .content("{\"latitude\":19.2700,\"longitude\":72.8640}"))
                .andExpect(status().isNoContent());
        JsonNode rerouted = runWith(pinned);
        JsonNode first = rerouted.get("stops").get(0);
        assertEquals(pinned, first.get("orderNumber").asText(), "the pinned point is now the nearest to the shop");
        assertNotEquals(run.get("totalMetres").asInt(), rerouted.get("totalMetres").asInt());
    }

    @Test
    void aDispatcherMovesAStopBetweenRunsWithAWarningAcrossZonesAndBothRunsAreReRouted() throws Exception {
        String west = orders.ready("Kandarpada", "400068");
        String east = orders.ready("Devipada", "400066");
        mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk());
        long westRun = runWith(west).get("number").asLong();
        long eastRun = runWith(east).get("number").asLong();

        JsonNode moved = body(mvc.perform(as("manager", post("/api/delivery/runs/" + westRun + "/stops/" + west + "/move"))
                        .content("{\"toRun\":" + eastRun + "}"))
                .andExpect(status().isOk()));
        assertTrue(moved.get("warning").asText().contains("Dahisar West"), moved.get("warning").asText());
        assertEquals(eastRun, runWith(west).get("number").asLong());
        assertContiguous(moved.get("from"));
        assertContiguous(moved.get("to"));
        assertTrue(StreamSupport.stream(moved.get("from").get("stops").spliterator(), false)
                .noneMatch(s -> s.get("orderNumber").asText().equals(west)));

        JsonNode back = body(mvc.perform(as("owner", post("/api/delivery/runs/" + eastRun + "/stops/" + west + "/move"))
                        .content("{\"toRun\":" + westRun + "}"))
                .andExpect(status().isOk()));
        assertTrue(back.get("warning").isNull(), "back in its own zone: no warning");
        assertEquals(westRun, runWith(west).get("number").asLong());
        assertEquals(2, audit.storyOf(west).stream().map(AuditEntry::action).filter("DELIVERY_STOP_MOVED"::equals).count());
    }

    @Test
    void aMoveThatCannotBeMadeSaysWhyAndChangesNothing() throws Exception {
        String west = orders.ready("Mhatre Wadi", "400068");
        String east = orders.ready("Daulat Nagar", "400066");
        mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk());
        long westRun = runWith(west).get("number").asLong();
        long eastRun = runWith(east).get("number").asLong();
        String move = "/api/delivery/runs/" + westRun + "/stops/" + west + "/move";

        mvc.perform(as("owner", post(move)).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toRun"));
        mvc.perform(as("owner", post(move)).content("{\"toRun\":" + westRun + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toRun"));
        mvc.perform(as("owner", post(move)).content("{\"toRun\":999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toRun"));
        mvc.perform(as("owner", post("/api/delivery/runs/" + eastRun + "/stops/" + west + "/move"))
                        .content("{\"toRun\":" + westRun + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(as("owner", post("/api/delivery/runs/999999/stops/" + west + "/move"))
                        .content("{\"toRun\":" + westRun + "}"))
                .andExpect(status().isNotFound());
        mvc.perform(as("biller", post(move)).content("{\"toRun\":" + eastRun + "}"))
                .andExpect(status().isForbidden());
        assertEquals(westRun, runWith(west).get("number").asLong());
    }

    @Test
    void aDeliveryBoySeesOnlyHisOwnRunsAndDoesNotPlan() throws Exception {
        String dahisar = orders.ready("Ketkipada", "400068");
        String borivali = orders.ready("Shimpoli", "400092");
        mvc.perform(as("ravi", post("/api/delivery/runs/plan"))).andExpect(status().isForbidden());
        mvc.perform(as("biller", post("/api/delivery/runs/plan"))).andExpect(status().isForbidden());
        mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk());
        long ravisRun = runWith(dahisar).get("number").asLong();
        long imransRun = runWith(borivali).get("number").asLong();

        JsonNode ravis = body(mvc.perform(as("ravi", get("/api/delivery/runs"))).andExpect(status().isOk()));
        assertTrue(ravis.size() >= 1);
        ravis.forEach(run -> assertEquals("ravi", run.get("deliveryBoy").asText()));
        assertTrue(StreamSupport.stream(ravis.spliterator(), false).anyMatch(r -> r.get("number").asLong() == ravisRun));
        mvc.perform(as("ravi", get("/api/delivery/runs/" + ravisRun))).andExpect(status().isOk());
        mvc.perform(as("ravi", get("/api/delivery/runs/" + imransRun))).andExpect(status().isNotFound());
        mvc.perform(as("imran", get("/api/delivery/runs/" + imransRun))).andExpect(status().isOk());
        mvc.perform(as("ravi", post("/api/delivery/runs/" + imransRun + "/stops/" + borivali + "/move"))
                .content("{\"toRun\":" + ravisRun + "}")).andExpect(status().isForbidden());
        mvc.perform(as("packer", get("/api/delivery/runs"))).andExpect(status().isForbidden());
    }

    @Test
    void theDispatcherGivesARunToAnotherDeliveryBoyButOnlyToADeliveryBoy() throws Exception {
        String order = orders.ready("Eksar", "400092");
        mvc.perform(as("owner", post("/api/delivery/runs/plan"))).andExpect(status().isOk());
        long run = runWith(order).get("number").asLong();
        mvc.perform(as("manager", put("/api/delivery/runs/" + run + "/delivery-boy")).content("{\"deliveryBoy\":\"packer\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deliveryBoy"));
        mvc.perform(as("manager", put("/api/delivery/runs/" + run + "/delivery-boy")).content("{\"deliveryBoy\":\"ravi\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deliveryBoy").value("ravi"));
        mvc.perform(as("ravi", get("/api/delivery/runs/" + run))).andExpect(status().isOk());
        mvc.perform(as("manager", put("/api/delivery/runs/" + run + "/delivery-boy")).content("{\"deliveryBoy\":\"imran\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("ravi", get("/api/delivery/runs/" + run))).andExpect(status().isNotFound());
    }

    @Test
    void theLocalityMasterTakesALocalityOnlyInAZoneOfTheMaster() throws Exception {
        // 400068 covers both sides of Dahisar: the table cannot decide, so the zone must be named
        mvc.perform(as("owner", post("/api/delivery/localities"))
                        .content("{\"name\":\"Ashok Van\",\"pincode\":\"400068\",\"latitude\":19.2585,\"longitude\":72.8655}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("zone"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(
                        "Dahisar East, Dahisar West")));
        mvc.perform(as("owner", post("/api/delivery/localities")).content("{\"name\":\"Ashok Van\",\"pincode\":"
                        + "\"400068\",\"zone\":\"Dahisar East\",\"latitude\":19.2585,\"longitude\":72.8655}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tableZone").value("Dahisar East"))
                .andExpect(jsonPath("$.agrees").value(true));
        mvc.perform(as("owner", post("/api/delivery/localities")).content("{\"name\":\"ashok  van\",\"pincode\":"
                        + "\"400068\",\"zone\":\"Dahisar East\",\"latitude\":19.2585,\"longitude\":72.8655}"))
                .andExpect(status().isConflict());
        // a pincode whose localities are all in one zone decides it
        mvc.perform(as("owner", post("/api/delivery/localities"))
                        .content("{\"name\":\"Vazira Naka\",\"pincode\":\"400092\",\"latitude\":19.2350,\"longitude\":72.8480}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tableZone").value("Borivali West"));
        mvc.perform(as("owner", post("/api/delivery/localities")).content("{\"name\":\"Gorai Gaon\",\"pincode\":\"400091\","
                        + "\"zone\":\"Gorai\",\"latitude\":19.2350,\"longitude\":72.8480}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("zone"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("add the zone first")));
        mvc.perform(as("owner", post("/api/delivery/localities"))
                        .content("{\"name\":\" \",\"pincode\":\"40068\",\"latitude\":91,\"longitude\":null}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "name", "pincode", "latitude", "longitude")));
        mvc.perform(as("manager", post("/api/delivery/localities"))
                        .content("{\"name\":\"Gorai\",\"pincode\":\"400091\",\"latitude\":19.2400,\"longitude\":72.8300}"))
                .andExpect(status().isForbidden());

        JsonNode zones = body(mvc.perform(as("care", get("/api/delivery/zones"))).andExpect(status().isOk()));
        JsonNode dahisarEast = StreamSupport.stream(zones.spliterator(), false)
                .filter(z -> z.get("name").asText().equals("Dahisar East")).findFirst().orElseThrow();
        assertEquals("ravi", dahisarEast.get("defaultDeliveryBoy").asText());
        assertTrue(StreamSupport.stream(dahisarEast.get("localities").spliterator(), false)
                .anyMatch(l -> l.get("name").asText().equals("Ashok Van") && l.get("agrees").asBoolean()));
        assertTrue(StreamSupport.stream(zones.spliterator(), false).noneMatch(z -> z.get("name").asText().equals("Gorai")));
        mvc.perform(as("ravi", get("/api/delivery/zones"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdminKeepsTheZonesAndTheirDefaultDeliveryBoys() throws Exception {
        mvc.perform(as("owner", post("/api/delivery/zones")).content("{\"name\":\"Gorai Beach\",\"defaultDeliveryBoy\":\"packer\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("defaultDeliveryBoy"));
        mvc.perform(as("owner", post("/api/delivery/zones")).content("{\"name\":\"unzoned\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(as("manager", post("/api/delivery/zones")).content("{\"name\":\"Gorai Beach\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("owner", post("/api/delivery/zones")).content("{\"name\":\" Gorai  Beach \",\"defaultDeliveryBoy\":\"imran\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Gorai Beach"))
                .andExpect(jsonPath("$.defaultDeliveryBoy").value("imran"));
        mvc.perform(as("owner", post("/api/delivery/zones")).content("{\"name\":\"gorai beach\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as("owner", put("/api/delivery/zones/Gorai Beach/delivery-boy")).content("{\"deliveryBoy\":\"\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultDeliveryBoy").isEmpty());
        mvc.perform(as("owner", put("/api/delivery/zones/Nowhere/delivery-boy")).content("{\"deliveryBoy\":\"ravi\"}"))
                .andExpect(status().isNotFound());
        JsonNode zones = body(mvc.perform(as("owner", get("/api/delivery/zones"))).andExpect(status().isOk()));
        JsonNode gorai = StreamSupport.stream(zones.spliterator(), false)
                .filter(z -> z.get("name").asText().equals("Gorai Beach")).findFirst().orElseThrow();
        assertTrue(gorai.get("defaultDeliveryBoy").isNull());
        assertEquals(0, gorai.get("localities").size());
    }

    private static void assertContiguous(JsonNode run) {
        List<Integer> numbers = new ArrayList<>();
        run.get("stops").forEach(s -> numbers.add(s.get("stopNo").asInt()));
        assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers, "stops numbered in order");
    }

    /** The planned run that has this order as a stop, or null. */
    private JsonNode runWith(String orderNumber) throws Exception {
        JsonNode found = null;
        for (JsonNode run : body(mvc.perform(as("owner", get("/api/delivery/runs"))).andExpect(status().isOk()))) {
            for (JsonNode stop : run.get("stops")) {
                if (stop.get("orderNumber").asText().equals(orderNumber)) {
                    assertNull(found, orderNumber + " is on two runs");
                    found = run;
                }
            }
        }
        return found;
    }

    private long stopsOf(String orderNumber) throws Exception {
        long count = 0;
        for (JsonNode run : body(mvc.perform(as("owner", get("/api/delivery/runs"))))) {
            for (JsonNode stop : run.get("stops")) {
                count += stop.get("orderNumber").asText().equals(orderNumber) ? 1 : 0;
            }
        }
        return count;
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        String content = result.andReturn().getResponse().getContentAsString();
        assertNotNull(content);
        return json.readTree(content);
    }

    private static double pathFromShop(List<GeoPoint> points) {
        double length = 0;
        GeoPoint at = SHOP;
        for (GeoPoint point : points) {
            length += at.metresTo(point);
            at = point;
        }
        return length;
    }

    private static double shortestOfAllOrders(List<GeoPoint> points) {
        if (points.size() <= 1) {
            return pathFromShop(points);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            List<GeoPoint> rest = new ArrayList<>(points);
            GeoPoint first = rest.remove(i);
            // the best path that starts with `first`: shop → first, then the best of the rest from there
            best = Math.min(best, SHOP.metresTo(first) + shortestFrom(first, rest));
        }
        return best;
    }

    private static double shortestFrom(GeoPoint start, List<GeoPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            List<GeoPoint> rest = new ArrayList<>(points);
            GeoPoint next = rest.remove(i);
            best = Math.min(best, start.metresTo(next) + shortestFrom(next, rest));
        }
        return best;
    }
}
