package com.orderflow.operations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The consistency check's reports and their findings (tables of this module). */
@Component
class ConsistencyReports {
    private final JdbcTemplate jdbc;

    ConsistencyReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ConsistencyReport save(String reason, Instant at, long tookMillis, List<Finding> findings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO consistency_check (checked_at, reason, took_ms, finding_count)"
                    + " VALUES (?, ?, ?, ?)", new String[] {"id"});
            statement.setTimestamp(1, Timestamp.from(at));
            statement.setString(2, reason);
            statement.setLong(3, tookMillis);
            statement.setInt(4, findings.size());
            return statement;
        }, key);
        long id = key.getKey().longValue();
        for (Finding finding : findings) {
            jdbc.update("INSERT INTO consistency_finding (check_id, area, subject, problem) VALUES (?, ?, ?, ?)", id,
                    finding.area(), cut(finding.subject(), 80), cut(finding.problem(), 1000));
        }
        return find(id).orElseThrow();
    }

    Optional<ConsistencyReport> latest() {
        return jdbc.queryForList("SELECT id FROM consistency_check ORDER BY checked_at DESC, id DESC LIMIT 1", Long.class)
                .stream().findFirst().flatMap(this::find);
    }

    Optional<ConsistencyReport> find(long id) {
        List<ConsistencyReport> reports = jdbc.query("SELECT id, checked_at, reason, took_ms FROM consistency_check WHERE id = ?",
                (row, n) -> new ConsistencyReport(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                        row.getLong(4), items(row.getLong(1))), id);
        return reports.stream().findFirst();
    }

    Optional<ConsistencyReport.Item> item(long findingId) {
        return jdbc.query("SELECT id, area, subject, problem FROM consistency_finding WHERE id = ?", (row, n) ->
                new ConsistencyReport.Item(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)), findingId)
                .stream().findFirst();
    }

    private List<ConsistencyReport.Item> items(long checkId) {
        return jdbc.query("SELECT id, area, subject, problem FROM consistency_finding WHERE check_id = ? ORDER BY id",
                (row, n) -> new ConsistencyReport.Item(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)),
                checkId);
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
