package com.orderflow.inventory.web;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.inventory.Barcodes;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.PackLabel;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.StockAlertService;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.inventory.StockShortageException;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The stock pages: live stock by pool and batch (K3), the counter (K14) and a printable pack label
 * (K16). Pages only show; the counter page sells through the API, and the services check roles.
 */
@Controller
class StockPages {
    private static final Set<String> MAY_RECEIVE = Set.of(Roles.ADMIN, Roles.PACKER);

    private final StockService stock;
    private final StockAlertService alerts;
    private final CounterSaleService counter;
    private final Barcodes barcodes;

    StockPages(StockService stock, StockAlertService alerts, CounterSaleService counter, Barcodes barcodes) {
        this.stock = stock;
        this.counter = counter;
        this.alerts = alerts;
        this.barcodes = barcodes;
    }

    /** The stock-in form as it was sent, to show it again with its problems. */
    record ReceiptForm(String code, String batchNumber, LocalDate productionDate, LocalDate expiryDate,
            Integer quantity, Pool pool) {
    }

    @GetMapping("/inventory/stock")
    String stock(CurrentUser user, Model model) {
        showStock(user, model);
        return "inventory/stock";
    }

    /** Stock in from the godown: a typed SKU with batch and dates, or a scanned pack label. */
    @PostMapping("/inventory/receipts")
    String receive(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String batchNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate productionDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiryDate,
            @RequestParam(required = false) Integer quantity, @RequestParam(required = false) Pool pool,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ReceiptForm form = new ReceiptForm(code, batchNumber, productionDate, expiryDate, quantity, pool);
        try {
            stock.receive(new StockRequests.Receipt(code, batchNumber, productionDate, expiryDate, quantity, pool), user);
            redirect.addFlashAttribute("flash", "inventory.received");
            return "redirect:/inventory/stock";
        } catch (InvalidInputException e) {
            model.addAttribute("receiptErrors", e.byField());
            model.addAttribute("receiptForm", form);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        showStock(user, model);
        return "inventory/stock";
    }

    /** Admin: moves stock of a batch from one pool to another, with the reason (e.g. Return → Counter after a check). */
    @PostMapping("/inventory/transfers")
    String transfer(@RequestParam(defaultValue = "") String sku, @RequestParam(defaultValue = "") String batchNumber,
            @RequestParam(required = false) Pool from, @RequestParam(required = false) Pool to,
            @RequestParam(required = false) Integer quantity, @RequestParam(defaultValue = "") String reason,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            stock.transfer(new StockRequests.Transfer(sku, batchNumber, from, to, quantity, reason), user);
            redirect.addFlashAttribute("flash", "inventory.transferred");
            return "redirect:/inventory/stock";
        } catch (InvalidInputException e) {
            model.addAttribute("transferErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (StockShortageException e) {
            model.addAttribute("transferErrors", FieldProblem.byField(e.problems()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        showStock(user, model);
        return "inventory/stock";
    }

    /** Admin: records what a physical count found for a batch in a pool; the difference is a ledger row. */
    @PostMapping("/inventory/counts")
    String count(@RequestParam(defaultValue = "") String sku, @RequestParam(defaultValue = "") String batchNumber,
            @RequestParam(required = false) Pool pool, @RequestParam(required = false) Integer countedQuantity,
            @RequestParam(defaultValue = "") String reason, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            stock.adjust(new StockRequests.Count(sku, batchNumber, pool, countedQuantity, reason), user);
            redirect.addFlashAttribute("flash", "inventory.countRecorded");
            return "redirect:/inventory/stock";
        } catch (InvalidInputException e) {
            model.addAttribute("countErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (StockShortageException e) {
            model.addAttribute("countErrors", FieldProblem.byField(e.problems()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        showStock(user, model);
        return "inventory/stock";
    }

    /** Admins start a stock review now; its alerts arrive as Tasklist tasks. */
    @PostMapping("/inventory/review")
    String review(CurrentUser user, RedirectAttributes redirect) {
        alerts.requestReview(user);
        redirect.addFlashAttribute("flash", "inventory.reviewStarted");
        return "redirect:/inventory/stock";
    }

    private void showStock(CurrentUser user, Model model) {
        model.addAttribute("stock", stock.stock(user));
        model.addAttribute("alerts", alerts.openAlerts(user));
        model.addAttribute("mayReceive", MAY_RECEIVE.stream().anyMatch(user::hasRole));
        model.addAttribute("mayReview", user.hasRole(Roles.ADMIN));
        model.addAttribute("mayCorrect", user.hasRole(Roles.ADMIN));
        model.addAttribute("allPools", Pool.values());
        model.addAttribute("pools", new Pool[] {Pool.COUNTER, Pool.ADVANCE_BOOKING});
        if (!model.containsAttribute("receiptForm")) {
            model.addAttribute("receiptForm", new ReceiptForm("", "", null, null, null, Pool.COUNTER));
        }
        model.addAttribute("here", "/inventory/stock");
    }

    @GetMapping("/inventory/counter")
    String counter(CurrentUser user, Model model) {
        counter.checkMaySell(user);
        model.addAttribute("here", "/inventory/counter");
        return "inventory/counter";
    }

    @GetMapping("/inventory/label")
    String label(@RequestParam String sku, @RequestParam String batch, CurrentUser user, Model model) {
        model.addAttribute("label", stock.label(sku, batch, user));
        model.addAttribute("here", "/inventory/label?sku=" + sku + "&batch=" + batch);
        return "inventory/label";
    }

    @GetMapping(value = "/inventory/label.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> labelImage(@RequestParam String sku, @RequestParam String batch, CurrentUser user) {
        PackLabel label = stock.label(sku, batch, user);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(barcodes.png(label));
    }
}
