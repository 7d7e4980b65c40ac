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

/**
 * The zone master (K15): localities with their pincode, zone and point. The zone table
 * ({@code dmn/delivery-zone.dmn}) decides an order's zone; the master says where a locality is on
 * the map and lists the zones for people. A locality enters the master only in the zone the table
 * decides for it, and the zones page shows where the two drifted apart after a table edit.
 */
@Service
public class ZoneService {
    private static final Pattern PINCODE = Pattern.compile("[1-9][0-9]{5}");

    private final Localities localities;
    private final ZoneTables tables;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    ZoneService(Localities localities, ZoneTables tables, AuditLog audit, ShopClock clock,
            PlatformTransactionManager transactions) {
        this.localities = localities;
        this.tables = tables;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The zones of the master, by name, each with its localities and centre. */
    @Transactional(readOnly = true)
    public List<ZoneView> zones(CurrentUser user) {
        DeliveryPermissions.check(user, Action.VIEW_ZONES);
        Map<String, List<Locality>> byZone = new TreeMap<>();
        for (Locality locality : localities.findAllByOrderByZoneNameAscNameAsc()) {
            byZone.computeIfAbsent(locality.zoneName(), zone -> new ArrayList<>()).add(locality);
        }
        ZoneTables.ZoneTable table = tables.zoneTable();
        List<ZoneView> zones = new ArrayList<>();
        byZone.forEach((zone, members) -> {
            double latitude = members.stream().mapToDouble(l -> l.point().latitude()).average().orElseThrow();
            double longitude = members.stream().mapToDouble(l -> l.point().longitude()).average().orElseThrow();
            zones.add(new ZoneView(zone, latitude, longitude, members.stream().map(l -> {
                String decided = table.zoneOf(l.pincode(), l.name());
                return new ZoneView.LocalityView(l.name(), l.pincode(), l.point().latitude(), l.point().longitude(),
                        decided, decided.equals(zone));
            }).toList()));
        });
        return zones;
    }

    /**
     * Adds a locality to the master (admins). All fields are checked together; the zone, when
     * given, must be what the zone table decides, so that the master never starts out disagreeing.
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

    /** Whether the user may add localities (pages use it to offer the form). */
    public boolean mayEdit(CurrentUser user) {
        return DeliveryPermissions.allows(user, Action.EDIT_ZONES);
    }

    /** How many localities the master holds (the demo seeds only an empty one). */
    @Transactional(readOnly = true)
    public long localityCount() {
        return localities.count();
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
        String decided = problems.isEmpty() ? tables.zoneOf(pincode, name) : null;
        String zone = request.zone() == null || request.zone().isBlank() ? decided : request.zone().trim();
        if (decided != null && !decided.equals(zone)) {
            problems.add(new FieldProblem("zone", "must be the zone that dmn/delivery-zone.dmn decides for this "
                    + "pincode and locality, which is '" + decided + "'; change the table first to put it elsewhere"));
        }
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
        return new ZoneView.LocalityView(locality.name(), locality.pincode(), locality.point().latitude(),
                locality.point().longitude(), zone, true);
    }

    private static ConflictException duplicate(NewLocality request) {
        return new ConflictException("Locality " + request.name().trim() + " (" + request.pincode().trim()
                + ") is in the master already");
    }
}
