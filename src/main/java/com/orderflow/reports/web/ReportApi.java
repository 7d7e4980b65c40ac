package com.orderflow.reports.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.reports.Heatmap;
import com.orderflow.reports.Report;
import com.orderflow.reports.ReportExports;
import com.orderflow.reports.ReportRange;
import com.orderflow.reports.ReportTable;
import com.orderflow.reports.ReportText;
import com.orderflow.reports.ReportRequests;
import com.orderflow.reports.Reports;
import com.orderflow.reports.SlowestOrders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The reports API (K8, K13, F1, F4, S7): every report as JSON, CSV (one table) and Excel (all
 * tables), the BPMN heatmap and its diagram. Days are shop days ({@code orderflow.zone}); a bad
 * from, to, group or process answers 400 naming it.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class ReportApi {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;
    private final Heatmap heatmap;
    private final SlowestOrders slowest;
    private final MessageSource messages;
    private final ReportRequests requests;

    ReportApi(Reports reports, Heatmap heatmap, SlowestOrders slowest, MessageSource messages,
            ReportRequests requests) {
        this.reports = reports;
        this.heatmap = heatmap;
        this.slowest = slowest;
        this.messages = messages;
        this.requests = requests;
    }

    @Operation(summary = "The BPMN heatmap of a process: per flow node, times ended, average and p90 duration, heat 0-4")
    @GetMapping("/heatmap")
    Heatmap.View heatmap(@RequestParam(required = false) String process,
            @RequestParam(required = false) String processDefinitionId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, CurrentUser user) {
        ReportRange range = reports.range("heatmap", from, to, null, Locale.ENGLISH);
        if (processDefinitionId == null || processDefinitionId.isBlank()) {
            requests.checkProcess(process, heatmap.processes(user), Locale.ENGLISH);
        }
        return heatmap.heat(process, processDefinitionId, range, user);
    }

    @Operation(summary = "The BPMN XML of a process's newest version, for a viewer")
    @GetMapping(value = "/heatmap/diagram", produces = MediaType.APPLICATION_XML_VALUE)
    String diagram(@RequestParam(required = false) String process, CurrentUser user) {
        return heatmap.diagram(process, user);
    }

    @Operation(summary = "The slowest orders of one step (kind=task, key=task id, person) or status (kind=status)")
    @GetMapping("/slowest")
    Report slowest(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String key,
            @RequestParam(required = false) String person, @RequestParam(required = false) String channels,
            CurrentUser user) {
        return slowest.report(reports.range("slowest", from, to, null, Locale.ENGLISH), kind, key, person, channels, user);
    }

    @Operation(summary = "A report: sales, products, pending, people, fulfilment, time-in-status, customers or my-work")
    @GetMapping("/{report}")
    Report report(@PathVariable String report, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @Parameter(description = "day, week or month") @RequestParam(required = false) String group,
            CurrentUser user) {
        return reports.report(report, from, to, group, user, Locale.ENGLISH);
    }

    @Operation(summary = "One table of a report as CSV (UTF-8): the first unless table= names another")
    @GetMapping("/{report}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String report, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String group,
            @RequestParam(required = false) String table, @RequestParam(required = false) String lang,
            CurrentUser user) {
        Locale locale = language(lang);
        Report result = reports.report(report, from, to, group, user, locale);
        ReportTable chosen = table == null || table.isBlank() ? result.tables().get(0) : find(result, table);
        ReportText text = new ReportText(messages, locale);
        return file(result, chosen.id() + ".csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                out -> ReportExports.csv(chosen, text, out));
    }

    @Operation(summary = "A report as an Excel workbook, one sheet per table")
    @GetMapping("/{report}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String report, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String group,
            @RequestParam(required = false) String lang, CurrentUser user) {
        Locale locale = language(lang);
        Report result = reports.report(report, from, to, group, user, locale);
        ReportText text = new ReportText(messages, locale);
        return file(result, "xlsx", XLSX, out -> ReportExports.xlsx(result, text, out));
    }

    private static ReportTable find(Report report, String table) {
        return report.tables().stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> new com.orderflow.platform.web.InvalidInputException("table", "must be one of "
                        + report.tables().stream().map(ReportTable::id).toList()));
    }

    /** The language of an export's words: the page passes its own; the API's default is English. */
    private static Locale language(String lang) {
        return lang != null && List.of("mr", "hi").contains(lang) ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
    }

    private static ResponseEntity<byte[]> file(Report report, String suffix, MediaType type, Body body) {
        String name = report.id() + "_" + report.range().from() + "_" + report.range().to()
                + (suffix.startsWith("xlsx") ? ".xlsx" : "_" + suffix);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes(body));
    }

    private static byte[] bytes(Body body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            body.writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** What writes a file's bytes. */
    @FunctionalInterface
    interface Body {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }
}
