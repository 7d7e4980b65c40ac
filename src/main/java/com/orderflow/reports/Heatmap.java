package com.orderflow.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The BPMN heatmap: for one process (all its versions, by flow node id), how many times each flow
 * node ended in the range, its average and 90th percentile duration, and a heat from 0 (no time to
 * speak of) to 4 (the slowest node's p90). Served to our reports page and to the Cockpit plugin,
 * which only paint what this computes.
 */
@Service
public class Heatmap {
    /** A node whose p90 is under this is not where orders wait: heat 0. */
    static final long COLD_MS = 1000;

    private final ReportData data;
    private final ProcessNames names;
    private final RepositoryService repository;

    Heatmap(ReportData data, ProcessNames names, RepositoryService repository) {
        this.data = data;
        this.names = names;
        this.repository = repository;
    }

    /** The process keys a heatmap can be asked for. */
    public List<String> processes(CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        return names.keys();
    }

    /**
     * @param process             a process key (our page), or null when
     * @param processDefinitionId a definition id (Cockpit) names it
     * @throws InvalidInputException naming {@code process} or {@code processDefinitionId} when unknown
     */
    public View heat(String process, String processDefinitionId, ReportRange range, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        ProcessDefinition definition = definition(process, processDefinitionId);
        String key = definition.getKey();
        Map<String, ProcessNames.Node> nodes = names.nodes(key);
        List<DayRow> rows = data.rows(DayTable.DURATION, range, false,
                ReportData.RowFilter.keyIn(DayTable.DURATION, 0, List.of(Aggregator.ACTIVITY))
                        .and(ReportData.RowFilter.keyIn(DayTable.DURATION, 1, List.of(key))));
        long hottest = rows.stream().map(r -> r.histogram.percentile(0.9)).mapToLong(p -> p == null ? 0 : p.ms())
                .max().orElse(0);
        List<Node> result = new ArrayList<>();
        for (DayRow row : rows) {
            Histogram.Percentile p90 = row.histogram.percentile(0.9);
            ProcessNames.Node node = nodes.get(row.key(2));
            int heat = p90 == null || p90.ms() < COLD_MS || hottest == 0 ? 0
                    : (int) Math.max(1, Math.min(4, Math.ceil(4.0 * p90.ms() / hottest)));
            result.add(new Node(row.key(2), node == null ? row.key(2) : node.name(), node == null ? "" : node.type(),
                    row.histogram.count(), row.histogram.average(), p90 == null ? null : p90.ms(),
                    p90 != null && p90.approximate(), heat, node != null));
        }
        result.sort(java.util.Comparator.comparing(Node::activityId));
        return new View(key, definition.getId(), definition.getName(), range, result);
    }

    /** The figures as a table: step, count, average and p90 (for the page under the diagram). */
    public static ReportTable table(View view) {
        TableBuilder table = new TableBuilder("heatmap").column("step", ReportTable.Kind.TEXT)
                .column("count", ReportTable.Kind.COUNT).column("average", ReportTable.Kind.TIME)
                .column("p90", ReportTable.Kind.TIME);
        view.nodes().stream().sorted(java.util.Comparator.comparing(Node::heat).reversed()
                .thenComparing(n -> -(n.p90Ms() == null ? 0 : n.p90Ms()))).forEach(n -> table.row(n.name(), n.count(),
                        ReportTable.Time.of(n.averageMs()),
                        n.p90Ms() == null ? null : new ReportTable.Time(n.p90Ms(), n.approximate())));
        return table.build();
    }

    /** The BPMN XML of the newest version of a process, for the viewer. */
    public String diagram(String process, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        ProcessDefinition definition = definition(process, null);
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessDefinition definition(String process, String processDefinitionId) {
        if (processDefinitionId != null && !processDefinitionId.isBlank()) {
            ProcessDefinition definition = names.byId(processDefinitionId.trim());
            if (definition == null) {
                throw new InvalidInputException("processDefinitionId", "is not a deployed process definition");
            }
            return definition;
        }
        ProcessDefinition definition = process == null || process.isBlank() ? null : names.latest(process.trim());
        if (definition == null) {
            throw new InvalidInputException("process", "must be one of " + names.keys());
        }
        return definition;
    }

    /** The heatmap of one process over a range. */
    public record View(String processKey, String processDefinitionId, String processName, ReportRange range,
            List<Node> nodes) {
    }

    /**
     * One flow node's figures: times it ended, average and p90 duration in ms (approximate when read
     * from a histogram bucket of several values), heat 0–4, and whether the newest version still has it.
     */
    public record Node(String activityId, String name, String type, long count, Long averageMs, Long p90Ms,
            boolean approximate, int heat, boolean inDiagram) {
    }
}
