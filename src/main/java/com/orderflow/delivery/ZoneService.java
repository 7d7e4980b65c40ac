package com.orderflow.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.delivery.DeliveryPermissions.Action;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * The zone master (K15): the shop's zones with their default delivery boy, and localities with their
 * pincode, zone and point. This is shop data, kept here (demo data fills it in demo mode only); the
 * zone and assignment tables ({@link ZoneTables}) are asked with it and decide. The zones page shows
 * a locality that a shop's own row in the zone table sends elsewhere.
 */
@Service
public class ZoneService {
    private static final Pattern PINCODE = Pattern.compile("[1-9][0-9]{5}");
    private static final int MAX_ZONE_NAME = 60;

    private final Localities localities;
    private final Zones zones;
    private final ZoneTables tables;
    private final EngineUsers users;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    ZoneService(Localities localities, Zones zones, ZoneTables tables, EngineUsers users, AuditLog audit,
            ShopClock clock, PlatformTransactionManager transactions) {
        this.localities = localities;
        this.zones = zones;
        this.tables = tables;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The zones of the master, by name, each with its default delivery boy, localities and centre. */
    @Transactional(readOnly = true)
    public List<ZoneView> zones(CurrentUser user) {
        DeliveryPermissions.check(user, Action.VIEW_ZONES);
        Map<String, List<Locality>> byZone = new TreeMap<>();
        zones.findAllByOrderByNameAsc().forEach(zone -> byZone.put(zone.name(), new ArrayList<>()));
        for (Locality locality : localities.findAllByOrderByZoneNameAscNameAsc()) {
            byZone.computeIfAbsent(locality.zoneName(), zone -> new ArrayList<>()).add(locality);
        }
        ZoneTables.ZoneTable table = tables.zoneTable();
        List<ZoneView> views = new ArrayList<>();
        byZone.forEach((zone, members) -> {
            Double latitude = members.isEmpty() ? null
                    : members.stream().mapToDouble(l -> l.point().latitude()).average().orElseThrow();
            Double longitude = members.isEmpty() ? null
                    : members.stream().mapToDouble(l -> l.point().longitude()).average().orElseThrow();
            String boy = table.master().defaultDeliveryBoy(zone);
            views.add(new ZoneView(zone, boy.isEmpty() ? null : boy, latitude, longitude, members.stream().map(l -> {
                String decided = table.zoneOf(l.pincode(), l.name());
                return new ZoneView.LocalityView(l.name(), l.pincode(), l.point().latitude(), l.point().longitude(),
                        decided, decided.equals(zone));
            }).toList()));
        });
        return views;
    }

    /** The names of the master's zones, by name (for choosing one). */
    @Transactional(readOnly = true)
    public List<String> zoneNames() {
        return zones.findAllByOrderByNameAsc().stream().map(Zone::name).toList();
    }

    /**
     * Adds a zone to the master (admins), with its default delivery boy or none.
     *
     * @throws InvalidInputException naming name or defaultDeliveryBoy
     * @throws ConflictException when the master has a zone of that name already
     */
    public ZoneView addZone(NewZone request, CurrentUser user) {
        DeliveryPermissions.check(user, Action.EDIT_ZONES);
        String name = request == null || request.name() == null ? "" : request.name().trim().replaceAll("\\s+", " ");
        List<FieldProblem> problems = new ArrayList<>();
        if (name.length() < 2) {
            problems.add(new FieldProblem("name", "must name the zone (at least 2 characters)"));
        } else if (name.length() > MAX_ZONE_NAME) {
            problems.add(new FieldProblem("name", "must be at most " + MAX_ZONE_NAME + " characters"));
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("name", "must be plain text, without control characters"));
        } else if (name.equalsIgnoreCase(ZoneTables.UNZONED)) {
            problems.add(new FieldProblem("name", "must not be '" + ZoneTables.UNZONED
                    + "': that is what the zone table answers for an address in no zone"));
        }
        String boy = checkedBoy(request == null ? null : request.defaultDeliveryBoy(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return transaction.execute(status -> {
                if (zones.findAllByOrderByNameAsc().stream().anyMatch(z -> z.name().equalsIgnoreCase(name))) {
                    throw zoneExists(name);
                }
                zones.saveAndFlush(new Zone(name, boy, user.id(), clock.now()));
                audit.record(user.id(), "DELIVERY_ZONE_ADDED", null, name + (boy == null ? ", no default delivery boy"
                        : ", ridden by " + boy));
                return new ZoneView(name, boy, null, null, List.of());
            });
        } catch (DataIntegrityViolationException addedAtTheSameMoment) {
            throw zoneExists(name);
        }
    }

    /**
     * Gives a zone another default delivery boy (admins); blank for none, so that runs of the zone are
     * planned without one and the dispatcher chooses. Runs planned before keep their delivery boy.
     *
     * @throws NotFoundException for a zone the master does not have
     * @throws InvalidInputException naming defaultDeliveryBoy
     */
    @Transactional
    public ZoneView setDefaultDeliveryBoy(String zoneName, String deliveryBoy, CurrentUser user) {
        DeliveryPermissions.check(user, Action.EDIT_ZONES);
        List<FieldProblem> problems = new ArrayList<>();
        String boy = checkedBoy(deliveryBoy, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String name = zoneName == null ? "" : zoneName.trim();
        Zone zone = zones.findForUpdate(name).orElseThrow(() -> new NotFoundException("No delivery zone " + name));
        zone.rideBy(boy, user.id(), clock.now());
        zones.flush();
        audit.record(user.id(), "DELIVERY_ZONE_DEFAULT_BOY", null, name + " → "
                + (boy == null ? "no default delivery boy" : boy));
        return new ZoneView(name, boy, null, null, List.of());
    }

    /**
     * Adds a locality to the master (admins). All fields are checked together. The zone must be one
     * of the master's; left out, it is what the zone table decides (a pincode whose localities are
     * all in one zone), or the field is named.
     *
     * @throws InvalidInputException naming each bad field
     * @throws ConflictException when the locality is in the master already
     */
    public ZoneView.LocalityView addLocality(NewLocality request, CurrentUser user) {
        DeliveryPermissions.check(user, Action.EDIT_ZONES);
        try {
            return transaction.execute(status -> add(request, user));
        } catch (DataIntegrityViolationException addedAtTheSameMoment) {
            throw duplicate(request);
        }
    }

    /**
     * The zone an address is in by the newest zone table, for system readers (the reports freeze it
     * on orders that never went out on a run); "Unzoned" when no row knows it.
     */
    public String zoneOf(String pincode, String locality) {
        return tables.zoneOf(pincode, locality);
    }

    /** A locality as the zone table compares it ("Dahisar (E)" → "dahisar east"), for grouping by locality. */
    public static String localityKey(String locality) {
        return ZoneTables.localityKey(locality);
    }

    /** Whether the user may add zones and localities and set default delivery boys (pages offer the forms). */
    public boolean mayEdit(CurrentUser user) {
        return DeliveryPermissions.allows(user, Action.EDIT_ZONES);
    }

    /** Whether the master has no zone and no locality yet (demo data fills only an empty one). */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return zones.count() == 0 && localities.count() == 0;
    }

    /**
     * The point standing for an address of this locality and pincode: the master's row for both,
     * else the oldest row of that locality name in any pincode; empty when the master has neither.
     */
    @Transactional(readOnly = true)
    Optional<GeoPoint> pointOf(String locality, String pincode) {
        String key = ZoneTables.localityKey(locality);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return localities.findByNameKeyAndPincode(key, ZoneTables.pincodeKey(pincode)).map(Locality::point)
                .or(() -> localities.findByNameKeyOrderByIdAsc(key).stream().findFirst().map(Locality::point));
    }

    private ZoneView.LocalityView add(NewLocality request, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().trim().replaceAll("\\s+", " ");
        if (ZoneTables.localityKey(name).isEmpty()) {
            problems.add(new FieldProblem("name", "must name the locality"));
        } else if (name.length() > 120) {
            problems.add(new FieldProblem("name", "must be at most 120 characters"));
        }
        String pincode = request.pincode() == null ? "" : request.pincode().trim();
        if (!PINCODE.matcher(pincode).matches()) {
            problems.add(new FieldProblem("pincode", "must be a 6-digit pincode"));
        }
        if (request.latitude() == null || !(request.latitude() >= -90 && request.latitude() <= 90)) {
            problems.add(new FieldProblem("latitude", "must be degrees between -90 and 90"));
        }
        if (request.longitude() == null || !(request.longitude() >= -180 && request.longitude() <= 180)) {
            problems.add(new FieldProblem("longitude", "must be degrees between -180 and 180"));
        }
        String zone = zoneOfNewLocality(request.zone(), name, pincode, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (localities.findByNameKeyAndPincode(ZoneTables.localityKey(name), pincode).isPresent()) {
            throw duplicate(request);
        }
        Locality locality = localities.saveAndFlush(new Locality(name, pincode, zone,
                new GeoPoint(request.latitude(), request.longitude()), user.id(), clock.now()));
        audit.record(user.id(), "LOCALITY_ADDED", null, name + " " + pincode + " in " + zone + " at "
                + request.latitude() + ", " + request.longitude());
        String decided = tables.zoneOf(pincode, name);
        return new ZoneView.LocalityView(locality.name(), locality.pincode(), locality.point().latitude(),
                locality.point().longitude(), decided, decided.equals(zone));
    }

    /** The zone given (one of the master's), or the one the table decides for a pincode of one zone. */
    private String zoneOfNewLocality(String given, String name, String pincode, List<FieldProblem> problems) {
        List<String> known = zones.findAllByOrderByNameAsc().stream().map(Zone::name).toList();
        if (given != null && !given.isBlank()) {
            String zone = given.trim();
            if (!known.contains(zone)) {
                problems.add(new FieldProblem("zone", "must be one of the master's zones (" + String.join(", ", known)
                        + "); add the zone first"));
            }
            return zone;
        }
        if (!problems.isEmpty()) {
            return null;
        }
        ZoneTables.ZoneTable table = tables.zoneTable();
        String decided = table.zoneOf(pincode, name);
        if (!known.contains(decided)) {
            var ofPincode = table.master().zonesOfPincode(pincode);
            problems.add(new FieldProblem("zone", "must be chosen: the zone table puts " + name + " " + pincode
                    + " in no zone of the master" + (ofPincode.size() > 1 ? " (pincode " + pincode
                            + " has localities in " + String.join(", ", ofPincode) + ")" : "")));
        }
        return decided;
    }

    /** A default delivery boy as typed: blank is none; anything else must be a delivery boy. */
    private String checkedBoy(String deliveryBoy, List<FieldProblem> problems) {
        String boy = deliveryBoy == null || deliveryBoy.isBlank() ? null : deliveryBoy.trim();
        if (boy != null && !users.isDeliveryBoy(boy)) {
            problems.add(new FieldProblem("defaultDeliveryBoy", "must be the user id of a delivery boy, or empty for none"));
        }
        return boy;
    }

    private static ConflictException zoneExists(String name) {
        return new ConflictException("Zone " + name + " is in the master already");
    }

    private static ConflictException duplicate(NewLocality request) {
        return new ConflictException("Locality " + request.name().trim() + " (" + request.pincode().trim()
                + ") is in the master already");
    }
}
