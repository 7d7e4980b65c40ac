package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/delivery-zone.dmn} row by row, asked the way the app asks it (normalised locality and
 * pincode): each case names the row that must answer, and together the cases reach every row.
 */
class DeliveryZoneTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe(ZoneTables.ZONE_DECISION);

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("", "Dahisar East", "Dahisar East", "Rule_LocalityDahisarEast"),
                Arguments.of("400068", "Rawalpada", "Dahisar East", "Rule_LocalityDahisarEast"),
                Arguments.of("400092", "dahisar (e)", "Dahisar East", "Rule_LocalityDahisarEast"),
                Arguments.of("400068", "Dahisar (W)", "Dahisar West", "Rule_LocalityDahisarWest"),
                Arguments.of(null, "Kandarpada", "Dahisar West", "Rule_LocalityDahisarWest"),
                Arguments.of("400066", "MAGATHANE", "Borivali East", "Rule_LocalityBorivaliEast"),
                Arguments.of("", "Borivali E", "Borivali East", "Rule_LocalityBorivaliEast"),
                Arguments.of("400092", "Shimpoli", "Borivali West", "Rule_LocalityBorivaliWest"),
                Arguments.of("400103", "I.C. Colony", "Borivali West", "Rule_LocalityBorivaliWest"),
                Arguments.of("401107", "Mira Road (E)", "Mira Road", "Rule_LocalityMiraRoad"),
                Arguments.of("", "  Kashimira ", "Mira Road", "Rule_LocalityMiraRoad"),
                Arguments.of("400068", "", "Dahisar East", "Rule_Pincode400068"),
                Arguments.of("400 068", null, "Dahisar East", "Rule_Pincode400068"),
                Arguments.of("400066", "Some New Nagar", "Borivali East", "Rule_Pincode400066"),
                Arguments.of("400092", null, "Borivali West", "Rule_PincodeBorivaliWest"),
                Arguments.of("400103", "Gorai", "Borivali West", "Rule_PincodeBorivaliWest"),
                Arguments.of("401107", "", "Mira Road", "Rule_PincodeMiraRoad"),
                Arguments.of("401104", "Penkarpada", "Mira Road", "Rule_PincodeMiraRoad"),
                Arguments.of("400067", "Kandivali West", "Unzoned", "Rule_Unzoned"),
                Arguments.of("400001", "Fort", "Unzoned", "Rule_Unzoned"),
                Arguments.of(null, null, "Unzoned", "Rule_Unzoned"));
    }

    @ParameterizedTest(name = "{0} / {1} → {2} by {3}")
    @MethodSource("addresses")
    void eachRowDecidesTheZoneOfTheAddressesItNames(String pincode, String locality, String zone, String row) {
        assertEquals(zone, ZoneTables.zoneOf(probe.engine, probe.table, pincode, locality));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRowAndTheLastRowCatchesEverythingElse() {
        Set<String> reached = new TreeSet<>();
        addresses().forEach(a -> {
            ZoneTables.zoneOf(probe.engine, probe.table, (String) a.get()[0], (String) a.get()[1]);
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached, "a row no case reaches is untested");
        assertEquals("Rule_Unzoned", probe.rowIds().get(probe.rowIds().size() - 1));
    }

    @Test
    void theDemoLocalityMasterAgreesWithTheTable() {
        List<String> disagreements = new ArrayList<>();
        for (NewLocality locality : DemoLocalities.DAHISAR_SHOP) {
            String decided = ZoneTables.zoneOf(probe.engine, probe.table, locality.pincode(), locality.name());
            if (!decided.equals(locality.zone())) {
                disagreements.add(locality.name() + " " + locality.pincode() + ": master " + locality.zone()
                        + ", table " + decided);
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void localitiesAndPincodesAreAskedInOneSpelling() {
        assertEquals("dahisar east", ZoneTables.localityKey("  Dahisar   (E) "));
        assertEquals("borivali west", ZoneTables.localityKey("BORIVALI-W"));
        assertEquals("ic colony", ZoneTables.localityKey("I.C. Colony"));
        assertEquals("mira road east", ZoneTables.localityKey("Mira Road (East)"));
        assertEquals("दहिसर पूर्व", ZoneTables.localityKey("दहिसर  पूर्व"));
        assertEquals("", ZoneTables.localityKey(null));
        assertEquals("400068", ZoneTables.pincodeKey(" 400 068"));
        assertEquals("", ZoneTables.pincodeKey(null));
    }
}
