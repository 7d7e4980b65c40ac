package com.orderflow.delivery;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.LatestDecisions;

/**
 * The two decisions a process owner tunes without code (K15): {@code dmn/delivery-zone.dmn} (which
 * zone an address is in) and {@code dmn/delivery-assignment.dmn} (who delivers in a zone by
 * default). The shipped tables name no locality, pincode, zone or person: they are asked with what
 * the zone master (localities, zones and their default delivery boys: shop data, see
 * {@link ZoneMaster}) says about the address or zone, and decide from that; a shop adds its own rows
 * above (a pincode that covers two zones, a zone that another boy rides on Sundays). The newest
 * deployed version of each is used, so a table edited in Camunda Modeler and deployed takes effect
 * at the next plan. Like the order permissions, they run often and need no decision history, so a
 * standalone DMN engine evaluates them; each deployed version is parsed once.
 * <p>
 * The tables compare plain strings, so what is asked is normalised first: localities in lower
 * case without punctuation and with a trailing (E)/(W) written out ("Dahisar (E)" → "dahisar
 * east"), pincodes as their digits. Rows a shop adds are written in that form.
 */
@Component
class ZoneTables {
    static final String ZONE_DECISION = "delivery-zone";
    static final String ASSIGNMENT_DECISION = "delivery-assignment";
    /** What the zone table's last row answers for an address no other row knows. */
    static final String UNZONED = "Unzoned";

    private static final Pattern DROPPED = Pattern.compile("[.'’]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("\\D");

    private final LatestDecisions decisions;
    private final DmnEngine dmnEngine;
    private final Localities localities;
    private final Zones zones;

    ZoneTables(LatestDecisions decisions, Localities localities, Zones zones) {
        this.decisions = decisions;
        this.dmnEngine = decisions.engine();
        this.localities = localities;
        this.zones = zones;
    }

    /** The zone of an address by the newest zone table; "Unzoned" when no row knows it. */
    String zoneOf(String pincode, String locality) {
        return zoneTable().zoneOf(pincode, locality);
    }

    /** The zone's default delivery boy by the newest assignment table; empty when it names nobody. */
    Optional<String> defaultDeliveryBoy(String zone) {
        return zoneTable().defaultDeliveryBoy(zone);
    }

    /**
     * The newest tables and the zone master, looked up once, for asking about many addresses and
     * zones ({@link #zoneOf}, {@link #defaultDeliveryBoy}). Call it inside a transaction.
     */
    ZoneTable zoneTable() {
        DmnDecision zoneTable = decisions.latest(ZONE_DECISION);
        DmnDecision assignmentTable = decisions.latest(ASSIGNMENT_DECISION);
        ZoneMaster master = new ZoneMaster(localities.findAllByOrderByIdAsc(), zones.findAll());
        return new ZoneTable() {
            @Override
            public String zoneOf(String pincode, String locality) {
                return ZoneTables.zoneOf(dmnEngine, zoneTable, master, pincode, locality);
            }

            @Override
            public Optional<String> defaultDeliveryBoy(String zone) {
                return deliveryBoyFor(dmnEngine, assignmentTable, master, zone);
            }

            @Override
            public ZoneMaster master() {
                return master;
            }
        };
    }

    /** The tables' answers with one reading of the zone master, as {@link #zoneOf} and {@link #defaultDeliveryBoy}. */
    interface ZoneTable {
        String zoneOf(String pincode, String locality);

        Optional<String> defaultDeliveryBoy(String zone);

        ZoneMaster master();
    }

    static String zoneOf(DmnEngine engine, DmnDecision table, ZoneMaster master, String pincode, String locality) {
        String zone = engine.evaluateDecisionTable(table, Variables.createVariables()
                .putValue("pincode", pincodeKey(pincode)).putValue("locality", localityKey(locality))
                .putValue("localityZone", master.localityZone(pincode, locality))
                .putValue("pincodeZone", master.pincodeZone(pincode)))
                .getSingleEntry();
        return zone == null || zone.isBlank() ? UNZONED : zone.trim();
    }

    static Optional<String> deliveryBoyFor(DmnEngine engine, DmnDecision table, ZoneMaster master, String zone) {
        String asked = zone == null ? "" : zone.trim();
        String deliveryBoy = engine.evaluateDecisionTable(table, Variables.createVariables().putValue("zone", asked)
                .putValue("zoneDeliveryBoy", master.defaultDeliveryBoy(asked))).getSingleEntry();
        return Optional.ofNullable(deliveryBoy).map(String::trim).filter(id -> !id.isEmpty());
    }

    /**
     * A locality as the tables and the locality master compare it: "I.C. Colony" → "ic colony",
     * "Borivali (W)" → "borivali west", "  Dahisar  East " → "dahisar east"; null → "".
     */
    static String localityKey(String locality) {
        if (locality == null) {
            return "";
        }
        String words = SEPARATORS.matcher(DROPPED.matcher(locality.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" ").trim();
        if (words.endsWith(" e")) {
            return words.substring(0, words.length() - 1) + "east";
        }
        if (words.endsWith(" w")) {
            return words.substring(0, words.length() - 1) + "west";
        }
        return words;
    }

    /** A pincode's digits ("400 068" → "400068"); null → "". */
    static String pincodeKey(String pincode) {
        return pincode == null ? "" : NOT_DIGITS.matcher(pincode).replaceAll("");
    }
}
