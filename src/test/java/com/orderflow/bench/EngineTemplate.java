package com.orderflow.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every engine row one real, waiting process instance has (runtime executions, tasks, identity
 * links, variables, event subscriptions, jobs, the per-task authorizations, and its history so far),
 * read once and written again as often as asked with fresh ids, another business key and order id,
 * and times moved: open orders that look to the engine exactly as orders the app started, without
 * paying for 100 000 process starts. Ids are the engine's UUIDs: every UUID in the rows is the
 * instance's own except those of deployments and definitions.
 */
final class EngineTemplate {
    /** Tables in the order their rows must be written (parents first), and how to find the instance's rows. */
    static final Map<String, String> TABLES = tables();
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    private final List<String> ownIds;
    private final LocalDateTime placed;
    private final int rowCount;

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_ = :p OR ID_ IN (SELECT BYTEARRAY_ID_ FROM ACT_RU_VARIABLE"
                + " WHERE PROC_INST_ID_ = :p UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = :p"
                + " UNION SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = :p)");
        tables.put("ACT_RU_EXECUTION", "PROC_INST_ID_ = :p");
        tables.put("ACT_RU_TASK", "PROC_INST_ID_ = :p");
        tables.put("ACT_RU_IDENTITYLINK", "TASK_ID_ IN (SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ = :p)");
        tables.put("ACT_RU_VARIABLE", "PROC_INST_ID_ = :p");
        tables.put("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ = :p");
        tables.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ = :p");
        tables.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ = :p OR RESOURCE_ID_ IN (SELECT ID_ FROM ACT_RU_TASK"
                + " WHERE PROC_INST_ID_ = :p)");
        tables.put("ACT_HI_PROCINST", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_ACTINST", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_TASKINST", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_VARINST", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_DETAIL", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_ = :p");
        tables.put("ACT_HI_OP_LOG", "PROC_INST_ID_ = :p");
        tables.put("ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_ = :p");
        tables.put("ACT_HI_DECINST", "PROC_INST_ID_ = :p");
        return tables;
    }

    /** Reads the instance's rows; {@code orderNumber} and {@code orderId} are its order's, to be replaced. */
    EngineTemplate(JdbcTemplate jdbc, String processInstanceId, String orderNumber, long orderId, LocalDateTime placed) {
        this.placed = placed;
        if (!UUID_TEXT.matcher(processInstanceId).matches()) {
            throw new IllegalStateException("the engine's ids are not UUIDs (" + processInstanceId + "): cannot clone");
        }
        Set<String> shared = jdbc.queryForList("SELECT ID_ || ' ' || DEPLOYMENT_ID_ FROM ACT_RE_PROCDEF UNION ALL"
                        + " SELECT ID_ || ' ' || DEPLOYMENT_ID_ FROM ACT_RE_DECISION_DEF UNION ALL SELECT ID_ FROM ACT_RU_JOBDEF"
                        + " UNION ALL SELECT ID_ FROM ACT_RE_DEPLOYMENT", String.class).stream()
                .flatMap(text -> UUID_TEXT.matcher(text).results().map(MatchResult::group)).collect(Collectors.toSet());
        Map<String, Integer> own = new LinkedHashMap<>();
        int count = 0;
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            List<Map<String, Object>> found = jdbc.queryForList("SELECT * FROM " + table.getKey() + " WHERE "
                    + table.getValue().replace(":p", "'" + processInstanceId + "'"));
            if (table.getKey().equals("ACT_RU_EXECUTION")) {
                found.sort((a, b) -> Integer.compare(depth(a, found), depth(b, found)));
            }
            List<String> names = found.isEmpty() ? List.of() : List.copyOf(found.get(0).keySet());
            List<Object[]> compiled = new ArrayList<>();
            for (Map<String, Object> row : found) {
                Object[] cells = new Object[names.size()];
                for (int i = 0; i < names.size(); i++) {
                    cells[i] = compile(names.get(i), row.get(names.get(i)), row, orderNumber, orderId, shared, own);
                }
                compiled.add(cells);
                count++;
            }
            columns.put(table.getKey(), names);
            rows.put(table.getKey(), compiled);
        }
        this.ownIds = List.copyOf(own.keySet());
        this.rowCount = count;
    }

    int rowCount() {
        return rowCount;
    }

    /** Declares the engine tables on the sink (after the shop's, before anything else). */
    static void declare(CopyRowSink sink, Map<String, List<String>> columnsOf) {
        columnsOf.forEach((table, names) -> sink.table(table, names.toArray(String[]::new)));
    }

    Map<String, List<String>> columns() {
        return columns;
    }

    /** Writes one copy: the order's number and id, the moment it was placed, fresh ids from {@code random}. */
    void write(CopyRowSink sink, String orderNumber, long orderId, LocalDateTime orderPlaced, SplittableRandom random) {
        String[] ids = new String[ownIds.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        Duration shift = Duration.between(placed, orderPlaced);
        for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
            for (Object[] cells : table.getValue()) {
                Object[] values = new Object[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    values[i] = value(cells[i], ids, orderNumber, orderId, shift);
                }
                sink.row(table.getKey(), values);
            }
        }
    }

    private static Object value(Object cell, String[] ids, String orderNumber, long orderId, Duration shift) {
        if (cell instanceof Text text) {
            StringBuilder out = new StringBuilder();
            for (Object part : text.parts) {
                out.append(part instanceof Integer id ? (id < 0 ? orderNumber : ids[id]) : (String) part);
            }
            return out.toString();
        }
        if (cell instanceof LocalDateTime at) {
            return at.plus(shift).toString();
        }
        return cell == OrderId.INSTANCE ? orderId : cell;
    }

    /** A cell as written for every copy: constant, a time to move, the order id, or text with ids in it. */
    private static Object compile(String column, Object value, Map<String, Object> row, String orderNumber, long orderId,
            Set<String> shared, Map<String, Integer> own) {
        if (value instanceof Timestamp at) {
            return at.toLocalDateTime();
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        if (value instanceof Number number && column.equalsIgnoreCase("long_") && number.longValue() == orderId
                && "orderId".equals(row.get("name_"))) {
            return OrderId.INSTANCE;
        }
        if (!(value instanceof String text)) {
            return value;
        }
        List<Object> parts = new ArrayList<>();
        Matcher m = Pattern.compile(UUID_TEXT.pattern() + "|" + Pattern.quote(orderNumber)).matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.group().equals(orderNumber)) {
                parts.add(text.substring(at, m.start()));
                parts.add(-1);
            } else if (!shared.contains(m.group())) {
                parts.add(text.substring(at, m.start()));
                parts.add(own.computeIfAbsent(m.group(), id -> own.size()));
            } else {
                continue;
            }
            at = m.end();
        }
        if (parts.isEmpty()) {
            return text;
        }
        parts.add(text.substring(at));
        return new Text(parts);
    }

    private static int depth(Map<String, Object> execution, List<Map<String, Object>> all) {
        int depth = 0;
        Object parent = execution.get("parent_id_");
        while (parent != null && depth < 50) {
            depth++;
            Object id = parent;
            parent = all.stream().filter(e -> id.equals(e.get("id_"))).findFirst().map(e -> e.get("parent_id_"))
                    .orElse(null);
        }
        return depth;
    }

    private record Text(List<Object> parts) {
    }

    private enum OrderId {
        INSTANCE
    }
}
