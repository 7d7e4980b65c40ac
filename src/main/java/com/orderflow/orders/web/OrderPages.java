package com.orderflow.orders.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NoteView;
import com.orderflow.orders.OrderBoard;
import com.orderflow.orders.OrderListEntry;
import com.orderflow.orders.OrderProofs;
import com.orderflow.orders.OrderSearch;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.TrackingLinkSource;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;

/**
 * The staff pages around orders: sign-in, the live board (K6), the order list and search, one order
 * with its lines, timeline, notes and story (K11, K12, F3), and order intake. Pages only show and
 * forward: every action goes through {@link OrderService}, which checks the caller's role against
 * the permission table.
 */
@Controller
class OrderPages {
    private static final int LIST_PAGE_SIZE = 25;

    private final OrderService orders;
    private final OrderSearch search;
    private final OrderBoard board;
    private final ShopClock clock;
    private final MessageSource messages;
    private final List<OrderProofs> proofs;
    private final List<TrackingLinkSource> trackingLinks;
    private final StoryTexts storyTexts;

    OrderPages(OrderService orders, OrderSearch search, OrderBoard board, ShopClock clock, MessageSource messages,
            List<OrderProofs> proofs, List<TrackingLinkSource> trackingLinks, StoryTexts storyTexts) {
        this.orders = orders;
        this.search = search;
        this.board = board;
        this.clock = clock;
        this.messages = messages;
        this.proofs = proofs;
        this.trackingLinks = trackingLinks;
        this.storyTexts = storyTexts;
    }

    record NoteForm(String body, Long replyTo) {
    }

    /** Why an action was refused: a message key in the reader's language, and the service's own words. */
    record Refusal(String key, String detail) {
    }

    /** A note and how deep it sits in its thread: 0 for a note, 1 for an answer to it, and so on. */
    record NoteLine(NoteView note, int depth) {
    }

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }

    @GetMapping("/board")
    String board(@RequestParam(required = false) Integer cards, CurrentUser user, Model model, Locale locale) {
        OrderBoard.Board current = board.board(user, cards);
        model.addAttribute("board", current);
        model.addAttribute("cards", cards);
        model.addAttribute("statuses", List.of(OrderStatus.values()));
        model.addAttribute("fmt", formats(locale, current.at()));
        model.addAttribute("here", "/board");
        return "board";
    }

    @GetMapping("/orders/new")
    String newOrder(CurrentUser user, Model model) {
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("today", clock.today());
        model.addAttribute("mayDiscount", orders.mayDiscount(user));
        model.addAttribute("here", "/orders/new");
        return "new-order";
    }

    /** The order list: a search box and filters, newest first, a page at a time. */
    @GetMapping("/orders")
    String list(@ModelAttribute("form") OrderListForm form, CurrentUser user,
            Model model, Locale locale) {
        Page<OrderListEntry> page = search.search(form.query(),
                form.page() == null ? 0 : form.page(), LIST_PAGE_SIZE, user);
        model.addAttribute("page", page);
        model.addAttribute("statuses", List.of(OrderStatus.values()));
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("zones", search.zones(user));
        model.addAttribute("deliveryBoys", search.deliveryBoys(user));
        model.addAttribute("fmt", formats(locale, clock.now()));
        model.addAttribute("here", "/orders");
        return "orders";
    }

    @GetMapping("/orders/{number}")
    String order(@PathVariable String number, CurrentUser user, Model model, Locale locale) {
        showOrder(number, user, model, locale);
        return "order";
    }

    @PostMapping("/orders/{number}/notes")
    String addNote(@PathVariable String number, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long replyTo, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            orders.addNote(number, body, replyTo, user);
            redirect.addFlashAttribute("flash", "order.notes.saved");
            return "redirect:/orders/{number}#notes";
        } catch (InvalidInputException e) {
            model.addAttribute("noteForm", new NoteForm(body, replyTo));
            model.addAttribute("noteErrors", localized(e.problems(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        showOrder(number, user, model, locale);
        return "order";
    }

    @PostMapping("/orders/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(defaultValue = "") String reason, CurrentUser user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            orders.cancel(number, reason, user);
            redirect.addFlashAttribute("flash", "order.cancel.done");
            return "redirect:/orders/{number}";
        } catch (InvalidInputException e) {
            model.addAttribute("cancelErrors", localized(e.problems(), locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            // Someone moved the order on (or cancelled it) since the page was drawn: say so on the
            // order itself, where the reader can see its current status.
            model.addAttribute("cancelRefused", new Refusal("order.cancel.conflict", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (AccessDeniedException e) {
            model.addAttribute("cancelRefused", new Refusal("order.cancel.denied", e.getMessage()));
            response.setStatus(HttpStatus.FORBIDDEN.value());
        }
        model.addAttribute("cancelReason", reason);
        showOrder(number, user, model, locale);
        return "order";
    }

    private void showOrder(String number, CurrentUser user, Model model, Locale locale) {
        OrderView order = orders.get(number, user);
        model.addAttribute("order", order);
        model.addAttribute("timeline", orders.timeline(number, user));
        // proof of delivery (photos, signatures) from whichever module keeps it; the order is visible to this user
        model.addAttribute("proofs", proofs.stream().flatMap(p -> p.proofsOf(order.number()).stream()).toList());
        model.addAttribute("notes", threaded(orders.notes(number, user)));
        PageFormats fmt = formats(locale, clock.now());
        model.addAttribute("story", storyTexts.of(orders.story(number, user), locale, fmt));
        trackingLinks.stream().findFirst().ifPresent(links -> {
            String link = links.currentLink(order.number(), user).orElse(null);
            model.addAttribute("trackingLink", link);
            model.addAttribute("trackingRevoked", link == null);
        });
        model.addAttribute("mayCancel", orders.mayCancel(user, order.status()));
        model.addAttribute("fmt", fmt);
        model.addAttribute("here", "/orders/" + number);
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm("", null));
        }
    }

    /** Notes in reading order: each note followed by its answers, answers to answers below those. */
    static List<NoteLine> threaded(List<NoteView> notes) {
        Set<Long> ids = notes.stream().map(NoteView::id).collect(Collectors.toSet());
        Map<Long, List<NoteView>> answers = new HashMap<>();
        List<NoteView> roots = new ArrayList<>();
        for (NoteView note : notes) {
            if (note.replyTo() == null || !ids.contains(note.replyTo())) {
                roots.add(note);
            } else {
                answers.computeIfAbsent(note.replyTo(), id -> new ArrayList<>()).add(note);
            }
        }
        List<NoteLine> lines = new ArrayList<>();
        roots.forEach(root -> addThread(root, 0, answers, lines));
        return lines;
    }

    private static void addThread(NoteView note, int depth, Map<Long, List<NoteView>> answers, List<NoteLine> lines) {
        lines.add(new NoteLine(note, depth));
        answers.getOrDefault(note.id(), List.of()).forEach(answer -> addThread(answer, depth + 1, answers, lines));
    }

    /**
     * Field problems in the reader's language. The service words its rules in English; a rule that
     * has a translation in the bundle is shown translated, any other in the service's words. The
     * bundle key is {@code rule.} and the rule in kebab-case, or, for a rule that names a value
     * ("must be after today (2026-11-23)…"), the same without its digits.
     */
    private Map<String, String> localized(List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String rule = problem.message();
            String message = messages.getMessage("rule." + ruleKey(rule), null,
                    messages.getMessage("rule." + ruleKey(rule.replaceAll("[0-9]+", "")), null, rule, locale), locale);
            byField.merge(problem.field(), message, (a, b) -> a + "; " + b);
        }
        return byField;
    }

    /** "must not be blank" → "must-not-be-blank"; new-order.js derives the same key. */
    static String ruleKey(String rule) {
        return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private PageFormats formats(Locale locale, Instant now) {
        return new PageFormats(clock.zone(), locale, now, messages);
    }
}
