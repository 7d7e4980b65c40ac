package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.platform.identity.DemoUser;
import com.orderflow.platform.Roles;
import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/delivery-assignment.dmn} row by row, and against the zone table: every zone that table
 * can answer has a default delivery boy, and every boy named is a delivery user.
 */
class DeliveryAssignmentTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe(ZoneTables.ASSIGNMENT_DECISION);

    static Stream<Arguments> zones() {
        return Stream.of(
                Arguments.of("Dahisar East", "ravi", "Rule_Ravi"),
                Arguments.of("Dahisar West", "ravi", "Rule_Ravi"),
                Arguments.of("Mira Road", "ravi", "Rule_Ravi"),
                Arguments.of("Borivali East", "imran", "Rule_Imran"),
                Arguments.of(" Borivali West ", "imran", "Rule_Imran"),
                Arguments.of("Unzoned", null, "Rule_NoDefault"),
                Arguments.of("Kandivali West", null, "Rule_NoDefault"),
                // zones are spelt as the zone table answers them: a lower-case zone is another zone
                Arguments.of("dahisar east", null, "Rule_NoDefault"),
                Arguments.of(null, null, "Rule_NoDefault"));
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("zones")
    void eachRowNamesTheDefaultDeliveryBoyOfItsZones(String zone, String deliveryBoy, String row) {
        assertEquals(Optional.ofNullable(deliveryBoy), ZoneTables.deliveryBoyFor(probe.engine, probe.table, zone));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRow() {
        Set<String> reached = new TreeSet<>();
        zones().forEach(a -> {
            ZoneTables.deliveryBoyFor(probe.engine, probe.table, (String) a.get()[0]);
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached);
    }

    @Test
    void everyZoneTheZoneTableAnswersHasADemoDeliveryBoy() {
        DecisionTableProbe zoneTable = new DecisionTableProbe(ZoneTables.ZONE_DECISION);
        Set<String> deliveryUsers = new TreeSet<>();
        DemoUser.ALL.stream().filter(u -> u.role().equals(Roles.DELIVERY)).forEach(u -> deliveryUsers.add(u.id()));
        Set<String> zones = new TreeSet<>();
        zoneTable.outputTexts().forEach(text -> zones.add(text.replace("\"", "").trim()));
        zones.remove(ZoneTables.UNZONED);
        assertTrue(zones.size() >= 5, "zones: " + zones);
        for (String zone : zones) {
            Optional<String> boy = ZoneTables.deliveryBoyFor(probe.engine, probe.table, zone);
            assertTrue(boy.isPresent(), zone + " has no default delivery boy");
            assertTrue(deliveryUsers.contains(boy.get()), boy.get() + " is not a delivery user");
        }
    }
}
