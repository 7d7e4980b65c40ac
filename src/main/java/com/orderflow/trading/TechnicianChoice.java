package com.orderflow.trading;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.LatestDecisions;

/**
 * Who installs (field service): the table dmn/technician-assignment.dmn decides by zone × product
 * category × skill. Like the delivery tables it names nobody itself: it is asked with the technician
 * the master suggests (active, covering the zone and the skill, with the fewest open visits) and a shop
 * adds its own rows above ("split ACs in Thane go to Ajay"). No answer: the order manager chooses.
 */
@Component
class TechnicianChoice {
    static final String DECISION_KEY = "technician-assignment";
    static final EnumSet<Visit.State> OPEN = EnumSet.of(Visit.State.OFFERED, Visit.State.CONFIRMED);

    private final Technicians technicians;
    private final Visits visits;
    private final LatestDecisions decisions;

    TechnicianChoice(Technicians technicians, Visits visits, LatestDecisions decisions) {
        this.technicians = technicians;
        this.visits = visits;
        this.decisions = decisions;
    }

    Optional<String> choose(String zone, String category, String skill) {
        String suggested = technicians.findByActiveTrueOrderByUserIdAsc().stream().filter(t -> t.covers(zone, skill))
                .min(Comparator.comparingLong((Technician t) -> visits.countByTechnicianAndStateIn(t.userId(), OPEN))
                        .thenComparing(Technician::userId))
                .map(Technician::userId).orElse("");
        Object chosen = decisions.evaluate(DECISION_KEY, Map.of("zone", Technician.key(zone), "category",
                Technician.key(category), "skill", Technician.key(skill), "masterTechnician", suggested)).getSingleEntry();
        String technician = chosen == null ? "" : chosen.toString().strip();
        return technician.isEmpty() ? Optional.empty()
                : technicians.findById(technician).filter(Technician::isActive).map(Technician::userId);
    }
}
