package com.orderflow.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.billing.BillCopies;
import com.orderflow.billing.BillSearch;
import com.orderflow.billing.CashUpService;
import com.orderflow.billing.DaySales;
import com.orderflow.billing.BillView;
import com.orderflow.billing.BillingService;
import com.orderflow.billing.PaymentRequest;
import com.orderflow.billing.PaymentService;
import com.orderflow.billing.Revision;
import com.orderflow.notifications.NotificationStatus;
import com.orderflow.orders.NewOrder;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.PageProblems;

/**
 * The bill pages: today's bills and sales, search and open payment flags ({@code /bills}), and one bill with
 * its QR codes, payments and the forms that change money ({@code /bills/{number}}). Pages show and
 * forward; the services check roles and rules.
 */
@Controller
class BillPages {
    private final BillingService billing;
    private final PaymentService payments;
    private final BillCopies copies;
    private final BillSearch search;
    private final DaySales daySales;
    private final CashUpService cashUp;
    private final ShopClock clock;
    private final MessageSource messages;

    BillPages(BillingService billing, PaymentService payments, BillCopies copies, BillSearch search, DaySales daySales,
            CashUpService cashUp, ShopClock clock, MessageSource messages) {
        this.billing = billing;
        this.payments = payments;
        this.copies = copies;
        this.search = search;
        this.daySales = daySales;
        this.cashUp = cashUp;
        this.clock = clock;
        this.messages = messages;
    }

    /** A refused action: which form, a message key in the reader's language, and the service's words. */
    record Refusal(String form, String key, String detail) {
    }

    /**
     * Today's bills and sales, or the bills a search finds: bill or order number, the customer's
     * phone in any format or name, and/or issued from/to (shop days).
     */
    @GetMapping("/bills")
    String bills(@RequestParam(required = false) String q, @RequestParam(required = false) String order,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            CurrentUser user, Model model, Locale locale, HttpServletResponse response) {
        if (order != null && !order.isBlank()) {
            Optional<String> current = billing.currentBillOf(order, user);
            if (current.isPresent()) {
                return "redirect:/bills/" + current.get();
            }
            model.addAttribute("noBillFor", order.strip());
        }
        String query = q == null ? "" : q.strip();
        model.addAttribute("query", query);
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        boolean searching = !query.isEmpty() || !blank(from) || !blank(to);
        model.addAttribute("searching", searching);
        try {
            model.addAttribute("bills", search.find(query, day(from, "from"), day(to, "to"), user));
        } catch (InvalidInputException e) {
            model.addAttribute("searchErrors", localized(e.problems(), locale));
            model.addAttribute("bills", List.of());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        boolean money = billing.mayHandleMoney(user);
        model.addAttribute("sales", daySales.of(null, user));
        model.addAttribute("till", money ? cashUp.day(null, user) : null);
        model.addAttribute("flags", money ? payments.flags(false, user) : List.of());
        model.addAttribute("mayHandleMoney", money);
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/bills");
        return "billing/bills";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A date field of the search form: empty is none. */
    private static LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-11-23");
        }
    }

    @GetMapping("/bills/{number}")
    String bill(@PathVariable String number, CurrentUser user, Model model, Locale locale) {
        show(number, user, model, locale);
        return "billing/bill";
    }

    @PostMapping("/bills/{number}/payments")
    String pay(@PathVariable String number, @RequestParam(defaultValue = "") String mode,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String reference,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act("payment", number, user, model, locale, redirect, response, "billing.payment.saved",
                () -> payments.record(number, new PaymentRequest(mode, money(amount, "amount"), reference), user));
    }

    @PostMapping("/bills/{number}/credit-notes")
    String creditNote(@PathVariable String number, @RequestParam(required = false) String amount,
            @RequestParam(defaultValue = "") String reason, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act("credit", number, user, model, locale, redirect, response, "billing.credit.saved",
                () -> billing.creditNote(number, money(amount, "amount"), reason, user));
    }

    @PostMapping("/bills/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(defaultValue = "") String reason, CurrentUser user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act("cancel", number, user, model, locale, redirect, response, "billing.cancel.saved",
                () -> billing.cancel(number, reason, user));
    }

    /**
     * The revision form lists the bill's lines with their quantity and discount; a quantity of 0
     * removes a line. Adding products is done through the API (it takes full lines).
     */
    @PostMapping("/bills/{number}/revisions")
    String revise(@PathVariable String number, @RequestParam MultiValueMap<String, String> form, CurrentUser user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        return act("revise", number, user, model, locale, redirect, response, "billing.revise.saved", () -> {
            BillView bill = billing.get(number, user);
            List<NewOrder.Line> lines = new ArrayList<>();
            List<FieldProblem> problems = new ArrayList<>();
            for (BillView.Line line : bill.lines()) {
                String field = "lines[" + (line.lineNo() - 1) + "]";
                Integer quantity = null;
                try {
                    quantity = Integer.valueOf(form.getFirst("quantity" + line.lineNo()).strip());
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem(field + ".quantity", "must be a whole number"));
                }
                BigDecimal discount = null;
                try {
                    discount = money(form.getFirst("discount" + line.lineNo()), field + ".discount");
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
                if (quantity != null && quantity > 0) {
                    lines.add(new NewOrder.Line(line.sku(), line.product(), line.size(), quantity, line.unitPrice(),
                            discount));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return billing.revise(number, new Revision(lines, money(form.getFirst("billDiscount"), "billDiscount"),
                    form.getFirst("reason")), user);
        });
    }

    @PostMapping("/bills/{number}/send")
    String send(@PathVariable String number, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        AtomicReference<NotificationStatus> sent = new AtomicReference<>();
        return act("send", number, user, model, locale, redirect, response,
                () -> sent.get() == NotificationStatus.NOT_CONFIGURED ? "billing.send.notConfigured" : "billing.send.saved",
                () -> {
                    sent.set(copies.send(number, user).status());
                    return null;
                });
    }

    @PostMapping("/bills/flags/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "false") boolean acceptPayment,
            @RequestParam(required = false) String refundMethod, @RequestParam(required = false) String refundReference,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            payments.resolve(id, note, acceptPayment, refundMethod, refundReference, user);
            redirect.addFlashAttribute("flash", "billing.flag.resolved");
            return "redirect:/bills";
        } catch (InvalidInputException e) {
            model.addAttribute("flagErrors", Map.of(id, localized(e.problems(), locale)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("refused", new Refusal("flag", "billing.refused", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return bills(null, null, null, null, user, model, locale, response);
    }

    private interface Action {
        BillView run();
    }

    private String act(String form, String number, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response, String done, Action action) {
        return act(form, number, user, model, locale, redirect, response, () -> done, action);
    }

    /** Runs a form's action: on success back to the bill with the flash {@code done} names once the action ran. */
    private String act(String form, String number, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response, Supplier<String> done, Action action) {
        try {
            BillView result = action.run();
            redirect.addFlashAttribute("flash", done.get());
            return "redirect:/bills/" + (result == null ? number.strip() : result.number());
        } catch (InvalidInputException e) {
            model.addAttribute("errorsOf", form);
            model.addAttribute("errors", localized(e.problems(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("refused", new Refusal(form, "billing.refused", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        show(number, user, model, locale);
        return "billing/bill";
    }

    private void show(String number, CurrentUser user, Model model, Locale locale) {
        BillView bill = billing.get(number, user);
        model.addAttribute("bill", bill);
        model.addAttribute("trackingUrl", copies.trackingLink(number, user));
        model.addAttribute("mayHandleMoney", billing.mayHandleMoney(user));
        model.addAttribute("maySend", billing.maySend(user));
        model.addAttribute("paymentQrOn", copies.paymentQrOn());
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/bills/" + bill.number());
    }

    /** A typed amount: empty is none; anything else must be a number of rupees. */
    private static BigDecimal money(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be an amount in rupees, e.g. 50 or 49.50");
        }
    }

    /** Field problems in the reader's language where the bundle has the rule, else in the service's words. */
    private Map<String, String> localized(List<FieldProblem> problems, Locale locale) {
        return PageProblems.localized(problems, messages, locale);
    }

    private PageFormats formats(Locale locale) {
        return new PageFormats(clock.zone(), locale, clock.now(), messages);
    }
}
