package com.orderflow.reports;

import static com.orderflow.reports.ReportDataSet.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import com.orderflow.support.OrderflowSpringTest;

/**
 * The reports over HTTP: bad input answers 400 naming the parameter, an empty range is an empty
 * report (never an error), who may see what, and the downloads: the Excel file read back with the
 * library's reader equals the page's tables; the CSV is UTF-8 with a byte-order mark.
 */
@OrderflowSpringTest
class ReportApiTest {
    private static final String FROM = D.toString();
    private static final String TO = D.plusDays(2).toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportDataSet data;
    @Autowired
    Reports reports;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void theWeek() {
        data.build();
        data.watermark(null);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static UserRequestPostProcessor staff(String id, String role) {
        return user(id).roles(role);
    }

    @Test
    void badRangesAnswer400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/reports/sales").param("from", TO).param("to", FROM).with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be after to (" + FROM + ")"));
        mvc.perform(get("/api/reports/sales").param("from", "2030-01-01").param("to", "2031-02-05")
                .with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("the range may span at most 400 days"));
        mvc.perform(get("/api/reports/sales").param("group", "year").with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("group"));
        mvc.perform(get("/api/reports/sales").param("from", "10/03/2031").with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/reports/heatmap").param("process", "no-such-process").with(staff("manager", "order-manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("process"))
                .andExpect(jsonPath("$.errors[0].message", containsString("order-fulfilment")));
        mvc.perform(get("/api/reports/heatmap").param("processDefinitionId", "nope:1:2").with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("processDefinitionId"));
        mvc.perform(get("/api/reports/sales/csv").param("table", "nope").param("from", FROM).param("to", TO)
                .with(staff("owner", "admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("table"));
        mvc.perform(get("/api/reports/no-such-report").with(staff("owner", "admin"))).andExpect(status().isNotFound());
        // exactly 400 days is allowed
        mvc.perform(get("/api/reports/sales").param("from", "2030-02-04").param("to", "2031-03-10")
                .with(staff("owner", "admin"))).andExpect(status().isOk());
    }

    @Test
    void aBadRangeOnThePageIsNamedInTheReadersLanguage() throws Exception {
        mvc.perform(get("/reports/sales").param("from", TO).param("to", FROM).param("lang", "mr")
                .with(staff("owner", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("शेवटच्या दिवसानंतर (" + FROM + ") असू नये")))
                .andExpect(content().string(containsString("data-testid=\"error-from\"")));
        mvc.perform(get("/reports/heatmap").param("process", "no-such-process").param("lang", "mr")
                .with(staff("owner", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("तैनात प्रक्रियांपैकी एक हवी")));
    }

    @Test
    void anEmptyRangeIsAnEmptyChartAndNoOrdersInThisRange() throws Exception {
        String from = "2031-06-01";
        String to = "2031-06-07";
        mvc.perform(get("/api/reports/sales").param("from", from).param("to", to).with(staff("owner", "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.chart.labels", hasSize(7))).andExpect(jsonPath("$.tables[0].rows", hasSize(0)));
        for (String id : Reports.IDS) {
            mvc.perform(get("/api/reports/" + id).param("from", from).param("to", to).with(staff("owner", "admin")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.empty").value(true));
        }
        mvc.perform(get("/reports/fulfilment").param("from", from).param("to", to).with(staff("owner", "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No orders in this range.")))
                .andExpect(content().string(containsString("data-testid=\"report-chart\"")));
    }

    @Test
    void onlyTheOwnerAndTheOrderManagerSeeTheShopsReports() throws Exception {
        mvc.perform(get("/api/reports/sales").with(staff("manager", "order-manager"))).andExpect(status().isOk());
        for (String role : List.of("packer", "biller", "delivery", "customer-care", "karigar-desk")) {
            for (String id : Reports.IDS) {
                mvc.perform(get("/api/reports/" + id).with(staff("someone", role))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/api/reports/heatmap").param("process", "order-fulfilment").with(staff("someone", role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/reports/people").with(staff("someone", role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/reports/my-work").with(staff("care", "customer-care"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(staff("packer", "packer")))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/my-work"));
    }

    @Test
    void theSummaryPageSaysWhetherEmailIsOnAndIsTheOwnersAndManagersOnly() throws Exception {
        mvc.perform(get("/reports/summary").with(staff("owner", "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"mail-configured\"")));
        mvc.perform(get("/reports").with(staff("manager", "order-manager")).param("lang", "hi"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("बिक्री और डिस्पैच")));
        mvc.perform(get("/reports/summary").with(staff("someone", "packer"))).andExpect(status().isForbidden());
    }

    @Test
    void aPackerOrDeliveryBoySeesOnlyHisOwnFiguresOnMyWork() throws Exception {
        mvc.perform(get("/api/reports/my-work").param("from", FROM).param("to", TO)
                .with(staff(ReportDataSet.PACKER, "packer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows", hasSize(1)))
                .andExpect(jsonPath("$.tables[0].rows[0][0]").value(ReportDataSet.PACKER))
                .andExpect(jsonPath("$.tables[0].rows[0][2]").value(5))
                .andExpect(jsonPath("$.tables[1].rows[*][0]").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(ReportDataSet.PACKER))));
        mvc.perform(get("/api/reports/my-work").param("from", FROM).param("to", TO)
                .with(staff(ReportDataSet.IMRAN, "delivery")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tables[0].rows", hasSize(1)))
                .andExpect(jsonPath("$.tables[0].rows[0][0]").value(ReportDataSet.IMRAN))
                .andExpect(jsonPath("$.tables[0].rows[0][7]").value(1))
                .andExpect(jsonPath("$.tables[0].rows[0][9]").value(1));
        mvc.perform(get("/my-work").param("from", FROM).param("to", TO).with(staff(ReportDataSet.RAVI, "delivery")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ReportDataSet.RAVI)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(ReportDataSet.IMRAN))));
    }

    @Test
    void theExcelFileReadBackEqualsThePagesTables() throws Exception {
        ReportDataSet.at(2, "18:00");
        for (String id : List.of("sales", "people", "time-in-status", "products", "customers", "fulfilment")) {
            byte[] xlsx = mvc.perform(get("/api/reports/" + id + "/xlsx").param("from", FROM).param("to", TO)
                    .with(staff("owner", "admin")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", containsString(id + "_" + FROM + "_" + TO + ".xlsx")))
                    .andReturn().getResponse().getContentAsByteArray();
            Report report = reports.report(id, FROM, TO, null, ReportDataSet.OWNER, Locale.ENGLISH);
            ReportText text = new ReportText(messages, Locale.ENGLISH);
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Sheet> sheets = workbook.getSheets().toList();
                assertThat(sheets).hasSize(report.tables().size());
                for (int t = 0; t < sheets.size(); t++) {
                    compare(sheets.get(t), report.tables().get(t), text);
                }
            }
        }
    }

    private static void compare(Sheet sheet, ReportTable table, ReportText text) throws Exception {
        List<Row> rows;
        try (Stream<Row> stream = sheet.openStream()) {
            rows = stream.toList();
        }
        assertThat(rows).as(table.id()).hasSize(table.rows().size() + 1);
        for (int c = 0; c < table.columns().size(); c++) {
            assertThat(rows.get(0).getCell(c).asString()).isEqualTo(text.heading(table.columns().get(c), true));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                Object expected = table.rows().get(r).get(c);
                java.util.Optional<Cell> cell = rows.get(r + 1).getOptionalCell(c)
                        .filter(x -> x.getRawValue() != null && !x.getRawValue().isEmpty());
                String where = table.id() + " row " + r + " column " + table.columns().get(c).id();
                if (expected == null || "".equals(expected)) {
                    assertThat(cell).as(where).isEmpty();
                    continue;
                }
                switch (table.columns().get(c).kind()) {
                    case COUNT -> assertThat(cell.orElseThrow().asNumber()).as(where)
                            .isEqualByComparingTo(BigDecimal.valueOf((Long) expected));
                    case MONEY, PERCENT, DAYS -> assertThat(cell.orElseThrow().asNumber()).as(where)
                            .isEqualByComparingTo((BigDecimal) expected);
                    case TIME -> assertThat(cell.orElseThrow().asNumber()).as(where)
                            .isEqualByComparingTo(ReportText.minutes((ReportTable.Time) expected));
                    case DATE -> assertThat(cell.orElseThrow().asDate().toLocalDate()).as(where).isEqualTo(expected);
                    default -> assertThat(cell.orElseThrow().asString()).as(where)
                            .isEqualTo(text.plain(table.columns().get(c).kind(), expected));
                }
            }
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkInTheReadersLanguage() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/sales/csv").param("from", FROM).param("to", TO)
                .param("table", "channels").param("lang", "mr").with(staff("owner", "admin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("माध्यम,ऑर्डर,नग,नोंदवलेले (₹),उत्पन्न (₹)");
        assertThat(lines).contains("फोन ऑर्डर,4,7,4340.00,4340.00,1085.00,3,2,1");
    }
}
