package com.orderflow.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A bulk load as one does it: the plain indexes of the tables written go first and are built again
 * after (those behind a constraint stay, so keys and references are still checked).
 */
final class BulkLoad {
    private BulkLoad() {
    }

    static void withoutPlainIndexes(JdbcTemplate jdbc, List<String> tables, Runnable load) {
        String names = tables.stream().map(t -> "'" + t.toLowerCase(Locale.ROOT) + "'").collect(Collectors.joining(", "));
        List<String> indexes = jdbc.queryForList("SELECT i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public'"
                + " AND i.tablename IN (" + names + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c"
                + " WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)",
                String.class);
        for (String index : indexes) {
            jdbc.execute("DROP INDEX " + index.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
        }
        load.run();
        indexes.forEach(jdbc::execute);
    }
}
