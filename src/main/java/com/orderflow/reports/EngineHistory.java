package com.orderflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;

/**
 * The engine's history as the reports read it, in one place (read-only SQL over ACT_HI_*, no
 * process variables). Engine timestamps are written in the JVM's zone without a zone of their own,
 * so they are read and compared only as JDBC timestamps (same JVM, same zone) and turned into shop
 * days in Java. Needs history level FULL for the claim times (application.yaml sets it).
 */
@Component
class EngineHistory {
    /** A claim less than this after creation is the engine assigning the task as it made it. */
    static final long ASSIGNED_AT_CREATION_MS = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    EngineHistory(NamedParameterJdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.zone = clock.zone();
    }

    /**
     * User tasks completed by someone in [from, to). The order is the process's business key, or for
     * a delivery stop the order its stop row names (a run's process has no order of its own).
     */
    List<TaskFact> tasksCompleted(Instant from, Instant to) {
        return jdbc.query("""
                SELECT t.ID_, t.PROC_DEF_KEY_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, t.START_TIME_, t.END_TIME_,
                       COALESCE(s.order_number, p.BUSINESS_KEY_) AS order_number,
                       (SELECT MAX(l.TIMESTAMP_) FROM ACT_HI_IDENTITYLINK l
                         WHERE l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'assignee' AND l.OPERATION_TYPE_ = 'add'
                           AND l.TIMESTAMP_ <= t.END_TIME_) AS claimed
                  FROM ACT_HI_TASKINST t
                  LEFT JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_
                  LEFT JOIN report_v_delivery_stop s ON s.task_id = t.ID_
                 WHERE t.END_TIME_ >= :from AND t.END_TIME_ < :to AND t.DELETE_REASON_ = 'completed'
                   AND t.ASSIGNEE_ IS NOT NULL""", range(from, to), (rs, i) -> {
            Instant created = rs.getTimestamp("START_TIME_").toInstant();
            Instant completed = rs.getTimestamp("END_TIME_").toInstant();
            Timestamp claimedAt = rs.getTimestamp("claimed");
            Instant claimed = claimedAt == null || claimedAt.toInstant().isBefore(created) ? created : claimedAt.toInstant();
            long queue = claimed.toEpochMilli() - created.toEpochMilli();
            return new TaskFact(rs.getString("ID_"), rs.getString("PROC_DEF_KEY_"), rs.getString("TASK_DEF_KEY_"),
                    rs.getString("NAME_"), rs.getString("ASSIGNEE_"), rs.getString("order_number"), created, claimed,
                    completed, completed.atZone(zone).toLocalDate(), queue < ASSIGNED_AT_CREATION_MS ? null : queue,
                    completed.toEpochMilli() - claimed.toEpochMilli());
        });
    }

    /**
     * Flow nodes that ended in [from, to), one call per node; multi-instance bodies and nodes cut
     * short (a cancelled order's open step, state 2 = canceled) are left out.
     */
    void activitiesEnded(Instant from, Instant to, Consumer<Activity> action) {
        jdbc.query("""
                SELECT PROC_DEF_KEY_, ACT_ID_, END_TIME_, DURATION_ FROM ACT_HI_ACTINST
                 WHERE END_TIME_ >= :from AND END_TIME_ < :to
                   AND (ACT_INST_STATE_ IS NULL OR ACT_INST_STATE_ <> 2)""", range(from, to), rs -> {
            String activity = rs.getString("ACT_ID_");
            if (!activity.endsWith("#multiInstanceBody")) {
                Instant ended = rs.getTimestamp("END_TIME_").toInstant();
                action.accept(new Activity(rs.getString("PROC_DEF_KEY_"), activity, ended.atZone(zone).toLocalDate(),
                        rs.getLong("DURATION_")));
            }
        });
    }

    /** When the first flow node of any process started, or null on a fresh engine. */
    Instant firstActivityAt() {
        Timestamp first = jdbc.getJdbcTemplate().queryForObject("SELECT MIN(START_TIME_) FROM ACT_HI_ACTINST",
                Timestamp.class);
        return first == null ? null : first.toInstant();
    }

    /** Which of these orders' processes ever waited at the given user task (e.g. a stock shortage). */
    Set<String> ordersThatReached(String taskKey, Collection<String> orderNumbers) {
        Set<String> reached = new HashSet<>();
        List<String> numbers = List.copyOf(orderNumbers);
        for (int i = 0; i < numbers.size(); i += ShopFacts.CHUNK) {
            reached.addAll(jdbc.queryForList("""
                    SELECT DISTINCT p.BUSINESS_KEY_ FROM ACT_HI_TASKINST t
                      JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_
                     WHERE t.TASK_DEF_KEY_ = :task AND p.BUSINESS_KEY_ IN (:numbers)""",
                    new MapSqlParameterSource("task", taskKey)
                            .addValue("numbers", numbers.subList(i, Math.min(numbers.size(), i + ShopFacts.CHUNK))),
                    String.class));
        }
        return reached;
    }

    private static MapSqlParameterSource range(Instant from, Instant to) {
        return new MapSqlParameterSource("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
    }

    /** One finished flow node: its process, id, shop day it ended on and duration. */
    record Activity(String processKey, String activityId, java.time.LocalDate day, long durationMs) {
    }
}
