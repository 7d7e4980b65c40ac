package com.orderflow.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The zone master read once (localities and zones), to ask the decision tables about many
 * addresses without a query each: which zone an address's locality is in, which zone its pincode
 * is in when the master puts all of that pincode's localities in one zone, and each zone's default
 * delivery boy.
 */
final class ZoneMaster {
    private final Map<String, Locality> byNameAndPincode = new HashMap<>();
    private final Map<String, Locality> byName = new HashMap<>();
    private final Map<String, Set<String>> zonesOfPincode = new HashMap<>();
    private final Map<String, String> defaultBoys = new HashMap<>();

    /** @param localities the master's localities, oldest first (the first of a name wins) */
    ZoneMaster(List<Locality> localities, List<Zone> zones) {
        localities.forEach(locality -> {
            String key = ZoneTables.localityKey(locality.name());
            byNameAndPincode.putIfAbsent(key + "|" + locality.pincode(), locality);
            byName.putIfAbsent(key, locality);
            zonesOfPincode.computeIfAbsent(locality.pincode(), p -> new TreeSet<>()).add(locality.zoneName());
        });
        zones.forEach(zone -> defaultBoys.put(zone.name(),
                zone.defaultDeliveryBoy() == null ? "" : zone.defaultDeliveryBoy()));
    }

    /**
     * The master's row for an address: the locality of this name (as compared) and pincode, else the
     * oldest of that name in any pincode.
     */
    Optional<Locality> locality(String pincode, String locality) {
        String key = ZoneTables.localityKey(locality);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byNameAndPincode.get(key + "|" + ZoneTables.pincodeKey(pincode)))
                .or(() -> Optional.ofNullable(byName.get(key)));
    }

    /** The zone of the address's locality in the master; "" when the master does not know it. */
    String localityZone(String pincode, String locality) {
        return locality(pincode, locality).map(Locality::zoneName).orElse("");
    }

    /** The zone of every locality of this pincode in the master, when that is one zone; "" otherwise. */
    String pincodeZone(String pincode) {
        Set<String> zones = zonesOfPincode.getOrDefault(ZoneTables.pincodeKey(pincode), Set.of());
        return zones.size() == 1 ? zones.iterator().next() : "";
    }

    /** The zones of the pincode's localities, by name (to say why a pincode alone decides nothing). */
    Set<String> zonesOfPincode(String pincode) {
        return zonesOfPincode.getOrDefault(ZoneTables.pincodeKey(pincode), Set.of());
    }

    /** The zone's default delivery boy in the master; "" for none or an unknown zone. */
    String defaultDeliveryBoy(String zone) {
        return zone == null ? "" : defaultBoys.getOrDefault(zone.trim(), "");
    }
}
