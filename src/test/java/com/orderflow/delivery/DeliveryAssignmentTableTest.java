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

import com.orderflow.platform.Roles;
import com.orderflow.platform.identity.DemoUser;
import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/delivery-assignment.dmn} row by row with the demo master: a zone goes to the master's
 * default delivery boy of that zone, and a zone without one (or an unknown zone) to nobody: the
 * dispatcher chooses. The demo master names only demo delivery users.
 */
class DeliveryAssignmentTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe(ZoneTables.ASSIGNMENT_DECISION);

    static Stream<Arguments> zones() {
        return Stream.of(
                Arguments.of("Dahisar East", "ravi", "Rule_ZoneDefault"),
                Arguments.of("Mira Road", "ravi", "Rule_ZoneDefault"),
                Arguments.of(" Borivali West ", "imran", "Rule_ZoneDefault"),
                Arguments.of("Unzoned", null, "Rule_NoDefault"),
                Arguments.of("Kandivali West", null, "Rule_NoDefault"),
                // zones are spelt as the master spells them: a lower-case zone is another zone
                Arguments.of("dahisar east", null, "Rule_NoDefault"),
                Arguments.of(null, null, "Rule_NoDefault"));
    }

    @ParameterizedTest(name = "{0} → {1} by {2}")
    @MethodSource("zones")
    void aZoneGoesToItsDefaultDeliveryBoyInTheMaster(String zone, String deliveryBoy, String row) {
        assertEquals(Optional.ofNullable(deliveryBoy), ZoneTables.deliveryBoyFor(probe.engine, probe.table,
                DeliveryZoneTableTest.demoMaster(), zone));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRow() {
        Set<String> reached = new TreeSet<>();
        zones().forEach(a -> {
            ZoneTables.deliveryBoyFor(probe.engine, probe.table, DeliveryZoneTableTest.demoMaster(), (String) a.get()[0]);
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached);
    }

    @Test
    void aZoneWhoseDefaultIsRemovedGoesToNobody() {
        ZoneMaster master = new ZoneMaster(java.util.List.of(),
                java.util.List.of(new Zone("Dahisar East", null, "owner", java.time.Instant.EPOCH)));
        assertEquals(Optional.empty(), ZoneTables.deliveryBoyFor(probe.engine, probe.table, master, "Dahisar East"));
    }

    @Test
    void everyDemoZoneIsRiddenByADemoDeliveryUser() {
        Set<String> deliveryUsers = new TreeSet<>();
        DemoUser.ALL.stream().filter(u -> u.role().equals(Roles.DELIVERY)).forEach(u -> deliveryUsers.add(u.id()));
        assertTrue(DemoLocalities.DAHISAR_ZONES.size() >= 5);
        for (NewZone zone : DemoLocalities.DAHISAR_ZONES) {
            assertTrue(deliveryUsers.contains(zone.defaultDeliveryBoy()), zone + " is not ridden by a demo delivery user");
        }
    }
}
