package com.orderflow.packing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.database.AfterCommit;

/**
 * Sends saved packing slips to the {@link PrinterQueue} once the transaction that saved them has
 * committed: a claim that rolls back must not leave a slip in the printer, and a printer that is
 * off must not undo the claim. The outcome (printed, or why not) is written in a transaction of its
 * own; a failure is logged and audited, and the packing board offers to print again.
 */
@Component
class SlipPrinting {
    private static final Logger log = LoggerFactory.getLogger(SlipPrinting.class);

    private final PackingSlips slips;
    private final PrinterQueue printer;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate ownTransaction;

    SlipPrinting(PackingSlips slips, PrinterQueue printer, AuditLog audit, ShopClock clock,
            PlatformTransactionManager transactions) {
        this.slips = slips;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Once the claim has committed and, in a request, given its connection back (no second one is held). */
    void printAfterCommit(long slipId) {
        AfterCommit.run(() -> print(slipId));
    }

    private void print(long slipId) {
        try {
            PackingSlip slip = ownTransaction.execute(s -> slips.findById(slipId).orElseThrow());
            String problem = null;
            try {
                printer.print(slip.fileName(), PackingSlipPdf.render(slip, clock.zone()));
            } catch (Exception e) {
                problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                log.warn("Packing slip {} of order {} was not printed: {}", slip.slipNo(), slip.orderNumber(), problem);
            }
            String outcome = problem;
            ownTransaction.executeWithoutResult(s -> {
                PackingSlip saved = slips.findById(slipId).orElseThrow();
                if (outcome == null) {
                    saved.printed(clock.now());
                } else {
                    saved.failedToPrint(outcome);
                    audit.record("system", "PACKING_SLIP_NOT_PRINTED", saved.orderNumber(),
                            "slip " + saved.slipNo() + ": " + outcome + " (print it again from the packing board)");
                }
            });
        } catch (RuntimeException e) {
            // after the commit nothing may fail the packer's claim; the board shows the slip as not printed
            log.error("Could not record the printing of packing slip {}", slipId, e);
        }
    }
}
