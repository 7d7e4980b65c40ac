package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.platform.identity.DemoUser;
import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/delivery-zone.dmn} row by row, asked the way the app asks it: the normalised address
 * and what the zone master (here the demo master) says about it. Each case names the row that must
 * answer, and together the cases reach every row. The shipped delivery tables carry no shop's data:
 * no locality, pincode, zone or person.
 */
class DeliveryZoneTableTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final Pattern PINCODE = Pattern.compile("\\d{6}");

    private final DecisionTableProbe probe = new DecisionTableProbe(ZoneTables.ZONE_DECISION);

    /** The demo master, localities in the order the demo adds them. */
    static ZoneMaster demoMaster() {
        List<Locality> localities = DemoLocalities.DAHISAR_SHOP.stream().map(l -> new Locality(l.name(), l.pincode(),
                l.zone(), new GeoPoint(l.latitude(), l.longitude()), "owner", AT)).toList();
        List<Zone> zones = DemoLocalities.DAHISAR_ZONES.stream()
                .map(z -> new Zone(z.name(), z.defaultDeliveryBoy(), "owner", AT)).toList();
        return new ZoneMaster(localities, zones);
    }

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("400068", "Rawalpada", "Dahisar East", "Rule_LocalityInMaster"),
                Arguments.of("", "Dahisar East", "Dahisar East", "Rule_LocalityInMaster"),
                // a locality the master knows in another pincode: its oldest row of that name
                Arguments.of("400092", "dahisar (e)", "Dahisar East", "Rule_LocalityInMaster"),
                Arguments.of("400068", "Dahisar (W)", "Dahisar West", "Rule_LocalityInMaster"),
                Arguments.of(null, "Kandarpada", "Dahisar West", "Rule_LocalityInMaster"),
                Arguments.of("400066", "MAGATHANE", "Borivali East", "Rule_LocalityInMaster"),
                Arguments.of("400103", "I.C. Colony", "Borivali West", "Rule_LocalityInMaster"),
                Arguments.of("", "  Kashimira ", "Mira Road", "Rule_LocalityInMaster"),
                // an unknown locality in a pincode whose localities are all in one zone
                Arguments.of("400066", "Some New Nagar", "Borivali East", "Rule_PincodeOfOneZone"),
                Arguments.of("400 092", null, "Borivali West", "Rule_PincodeOfOneZone"),
                Arguments.of("401107", "Penkarpada", "Mira Road", "Rule_PincodeOfOneZone"),
                // 400068 covers both sides of Dahisar: the pincode alone decides nothing
                Arguments.of("400068", "", "Unzoned", "Rule_Unzoned"),
                Arguments.of("400067", "Kandivali West", "Unzoned", "Rule_Unzoned"),
                Arguments.of(null, null, "Unzoned", "Rule_Unzoned"));
    }

    @ParameterizedTest(name = "{0} / {1} → {2} by {3}")
    @MethodSource("addresses")
    void eachRowDecidesTheZoneFromWhatTheMasterSays(String pincode, String locality, String zone, String row) {
        assertEquals(zone, ZoneTables.zoneOf(probe.engine, probe.table, demoMaster(), pincode, locality));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRowAndTheLastRowCatchesEverythingElse() {
        Set<String> reached = new TreeSet<>();
        addresses().forEach(a -> {
            ZoneTables.zoneOf(probe.engine, probe.table, demoMaster(), (String) a.get()[0], (String) a.get()[1]);
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached, "a row no case reaches is untested");
        assertEquals("Rule_Unzoned", probe.rowIds().get(probe.rowIds().size() - 1));
    }

    @Test
    void anEmptyMasterPutsEveryAddressInNoZone() {
        ZoneMaster empty = new ZoneMaster(List.of(), List.of());
        assertEquals(ZoneTables.UNZONED, ZoneTables.zoneOf(probe.engine, probe.table, empty, "400068", "Rawalpada"));
    }

    @Test
    void theShippedDeliveryTablesNameNoLocalityPincodeZoneOrPerson() throws IOException {
        List<String> demoWords = new ArrayList<>();
        DemoUser.ALL.forEach(u -> demoWords.add("\"" + u.id() + "\""));
        DemoLocalities.DAHISAR_SHOP.forEach(l -> demoWords.add(ZoneTables.localityKey(l.name())));
        DemoLocalities.DAHISAR_ZONES.forEach(z -> demoWords.add(z.name()));
        for (String table : List.of(ZoneTables.ZONE_DECISION, ZoneTables.ASSIGNMENT_DECISION)) {
            String rows = rules(table);
            for (String word : demoWords) {
                assertFalse(rows.toLowerCase().contains(word.toLowerCase()), table + " names " + word);
            }
            assertFalse(PINCODE.matcher(rows).find(), table + " names a pincode");
        }
    }

    @Test
    void theDemoMasterIsConsistent() {
        Set<String> zones = new TreeSet<>();
        DemoLocalities.DAHISAR_ZONES.forEach(z -> zones.add(z.name()));
        for (NewLocality locality : DemoLocalities.DAHISAR_SHOP) {
            assertTrue(zones.contains(locality.zone()), locality.name() + " is in an unknown zone " + locality.zone());
        }
        for (String zone : zones) {
            assertTrue(DemoLocalities.DAHISAR_SHOP.stream().anyMatch(l -> l.zone().equals(zone)), zone + " has no locality");
        }
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

    /** The table's rows as written in the file (descriptions left out: they may give examples). */
    private static String rules(String key) throws IOException {
        try (InputStream file = DeliveryZoneTableTest.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            String xml = new String(file.readAllBytes(), StandardCharsets.UTF_8);
            String table = xml.substring(xml.indexOf("<decisionTable"), xml.indexOf("</decisionTable>"));
            return table.replaceAll("(?s)<description>.*?</description>", "");
        }
    }
}
