package com.orderflow.reports.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.reports.DailySummary;
import com.orderflow.reports.Heatmap;
import com.orderflow.reports.Report;
import com.orderflow.reports.ReportText;
import com.orderflow.reports.ReportRequests;
import com.orderflow.reports.Reports;
import com.orderflow.reports.SlowestOrders;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reports pages: the index, one page per report (range, chart, tables, downloads), the
 * slowest orders behind a bottleneck, the BPMN heatmap, the daily summary, and "My work". A bad
 * range shows the form again with each bad field named in the reader's language.
 */
@Controller
class ReportPages {
    private final Reports reports;
    private final SlowestOrders slowest;
    private final Heatmap heatmap;
    private final DailySummary summary;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final ShopClock clock;
    private final ReportRequests requests;

    ReportPages(Reports reports, SlowestOrders slowest, Heatmap heatmap, DailySummary summary, MessageSource messages,
            ObjectMapper json, ShopClock clock, ReportRequests requests) {
        this.reports = reports;
        this.slowest = slowest;
        this.heatmap = heatmap;
        this.summary = summary;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.requests = requests;
    }

    @GetMapping("/reports")
    String index(CurrentUser user, Model model) {
        if (!reports.maySeeShop(user)) {
            return "redirect:/my-work";
        }
        model.addAttribute("ids", Reports.IDS);
        model.addAttribute("status", summary.status(user));
        model.addAttribute("here", "/reports");
        return "reports/index";
    }

    @GetMapping("/my-work")
    ModelAndView myWork(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String group, CurrentUser user, Locale locale) {
        return page("my-work", "/my-work", from, to, group, user, locale);
    }

    @GetMapping("/reports/slowest")
    ModelAndView slowestOrders(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String key,
            @RequestParam(required = false) String person, @RequestParam(required = false) String channels,
            CurrentUser user, Locale locale) {
        ModelAndView page = new ModelAndView("reports/report");
        try {
            Report report = slowest.report(reports.range("slowest", from, to, null, locale), kind, key, person, channels,
                    user);
            fill(page, report, "/reports/slowest", locale, false);
            page.addObject("subject", key + (person == null ? "" : " · " + person));
        } catch (InvalidInputException e) {
            invalid(page, "slowest", e);
        }
        return page;
    }

    @GetMapping("/reports/heatmap")
    String heatmapPage(@RequestParam(required = false) String process, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, CurrentUser user, Locale locale, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<String> processes = heatmap.processes(user);
        String chosen = process == null || process.isBlank() ? "order-fulfilment" : process.trim();
        model.addAttribute("processes", processes);
        model.addAttribute("ids", Reports.IDS);
        model.addAttribute("process", chosen);
        model.addAttribute("here", "/reports/heatmap");
        try {
            requests.checkProcess(chosen, processes, locale);
            var range = reports.range("heatmap", from, to, null, locale);
            model.addAttribute("range", range);
            Heatmap.View view = heatmap.heat(chosen, null, range, user);
            model.addAttribute("view", view);
            model.addAttribute("table", PageTable.of(Heatmap.table(view), new ReportText(messages, locale), range.grouping()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errors", e.byField());
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        return "reports/heatmap";
    }

    @GetMapping("/reports/summary")
    String summaryPage(CurrentUser user, Locale locale, Model model) {
        model.addAttribute("status", summary.status(user));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/reports/summary");
        return "reports/summary";
    }

    @GetMapping("/reports/{report}")
    ModelAndView report(@PathVariable String report, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String group, CurrentUser user,
            Locale locale) {
        return page(report, "/reports/" + report, from, to, group, user, locale);
    }

    private ModelAndView page(String id, String path, String from, String to, String group, CurrentUser user,
            Locale locale) {
        ModelAndView page = new ModelAndView("reports/report");
        try {
            fill(page, reports.report(id, from, to, group, user, locale), path, locale, true);
        } catch (InvalidInputException e) {
            invalid(page, id, e);
            page.addObject("from", from);
            page.addObject("to", to);
            page.addObject("group", group);
            page.addObject("path", path);
        }
        page.addObject("shop", reports.maySeeShop(user));
        page.addObject("ids", Reports.IDS);
        return page;
    }

    private void fill(ModelAndView page, Report report, String path, Locale locale, boolean downloads) {
        ReportText text = new ReportText(messages, locale);
        page.addObject("result", report);
        page.addObject("tables", report.tables().stream().map(t -> PageTable.of(t, text, report.range().grouping())).toList());
        page.addObject("chart", chartJson(report, text));
        page.addObject("from", report.range().from().toString());
        page.addObject("to", report.range().to().toString());
        page.addObject("group", report.range().grouping().parameter());
        page.addObject("path", path);
        page.addObject("downloads", downloads);
        page.addObject("lang", locale.getLanguage());
        page.addObject("here", path + "?" + report.range().query());
    }

    private static void invalid(ModelAndView page, String id, InvalidInputException e) {
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("reportId", id);
        page.addObject("errors", e.byField());
    }

    /** The chart as Chart.js wants it, its words in the reader's language. */
    private String chartJson(Report report, ReportText text) {
        Report.Chart chart = report.chart();
        List<String> labels = chart.labelsAreDays()
                ? chart.labels().stream().map(d -> text.period(java.time.LocalDate.parse(d), report.range().grouping())).toList()
                : chart.labels().stream().map(text::words).toList();
        List<Map<String, Object>> datasets = chart.datasets().stream().map(d -> Map.<String, Object>of(
                "label", text.words(d.label()), "data", d.data(), "line", d.line())).toList();
        try {
            return json.writeValueAsString(Map.of("type", chart.type(), "labels", labels, "datasets", datasets,
                    "empty", report.empty(), "emptyText", text.words("reports.empty")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
