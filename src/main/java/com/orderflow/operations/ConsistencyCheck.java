package com.orderflow.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;

/**
 * Compares the business data with the engine (issue 17): orders, runs, returns and jewelry orders
 * with their processes, incidents and failed jobs, stock ledger with balances, bill numbers with
 * their series. Runs nightly and after a restore (consistency-check.bpmn), or when an admin asks;
 * each run is a report (page, API, log) and each finding an admin task.
 */
@Service
public class ConsistencyCheck {
    private static final Logger log = LoggerFactory.getLogger(ConsistencyCheck.class);
    public static final String NIGHTLY = "NIGHTLY";
    public static final String RESTORE = "RESTORE";
    public static final String ON_REQUEST = "ON_REQUEST";

    private final OrderProcessCheck orders;
    private final RecordProcessCheck records;
    private final EngineHealthCheck engine;
    private final LedgerCheck ledger;
    private final BillSeriesCheck bills;
    private final ConsistencyReports reports;
    private final ShopClock clock;

    ConsistencyCheck(OrderProcessCheck orders, RecordProcessCheck records, EngineHealthCheck engine, LedgerCheck ledger,
            BillSeriesCheck bills, ConsistencyReports reports, ShopClock clock) {
        this.orders = orders;
        this.records = records;
        this.engine = engine;
        this.ledger = ledger;
        this.bills = bills;
        this.reports = reports;
        this.clock = clock;
    }

    /** Runs every check and stores the report; read-only on everything else. */
    @Transactional
    public ConsistencyReport run(String reason) {
        long began = System.nanoTime();
        List<Finding> findings = new ArrayList<>();
        findings.addAll(orders.check());
        findings.addAll(records.check());
        findings.addAll(engine.check());
        findings.addAll(ledger.check());
        findings.addAll(bills.check());
        long took = (System.nanoTime() - began) / 1_000_000;
        ConsistencyReport report = reports.save(reason, clock.now(), took, findings);
        if (findings.isEmpty()) {
            log.info("Consistency check ({}): clean, in {} ms", reason, took);
        } else {
            log.warn("Consistency check ({}): {} finding(s) in {} ms:\n  {}", reason, findings.size(), took,
                    String.join("\n  ", findings.stream().map(Finding::toString).toList()));
        }
        return report;
    }

    public Optional<ConsistencyReport> latest() {
        return reports.latest();
    }

    public Optional<ConsistencyReport.Item> finding(long id) {
        return reports.item(id);
    }
}
