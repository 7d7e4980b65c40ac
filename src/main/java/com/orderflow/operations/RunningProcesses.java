package com.orderflow.operations;

import java.sql.Array;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The engine's running processes of one definition, by business key, with the steps each waits at (public engine API). */
@Component
class RunningProcesses {
    /** A running process and the activities its tokens are at. */
    record Instance(String id, String businessKey, List<String> activities) {
    }

    private final RuntimeService runtime;

    RunningProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    Map<String, List<Instance>> byBusinessKey(String... definitionKeys) {
        return runtime.createProcessInstanceQuery().processDefinitionKeyIn(definitionKeys).list().stream()
                .map(this::instance)
                .filter(instance -> instance != null)
                .collect(Collectors.groupingBy(instance -> String.valueOf(instance.businessKey())));
    }

    private Instance instance(ProcessInstance process) {
        try {
            return new Instance(process.getId(), process.getBusinessKey(), runtime.getActiveActivityIds(process.getId()));
        } catch (org.camunda.bpm.engine.exception.NullValueException endedMeanwhile) {
            return null;
        }
    }

    /** key → status of the rows whose key is among {@code keys} ({@code sql} takes one array parameter). */
    static Map<String, String> statusesOf(JdbcTemplate jdbc, String sql, Collection<String> keys) {
        Map<String, String> statuses = new HashMap<>();
        if (keys.isEmpty()) {
            return statuses;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql);
            Array array = connection.createArrayOf("varchar", keys.toArray());
            statement.setArray(1, array);
            return statement;
        }, row -> {
            statuses.put(row.getString(1), row.getString(2));
        });
        return statuses;
    }
}
