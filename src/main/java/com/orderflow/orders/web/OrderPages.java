package com.orderflow.orders.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderSummary;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The staff pages around orders: sign-in, the live board (K6), one order with its lines, timeline,
 * notes and story (K11, K12, F3), and order intake. Pages only show and forward: every action goes
 * through {@link OrderService}, which checks the caller's role against the permission table.
 */
@Controller
class OrderPages {
    // These only decide which links and forms to offer; the permission table decides what happens.
    private static final Set<String> MAY_CREATE = Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.BILLER,
            Roles.CUSTOMER_CARE);
    private static final Set<String> MAY_CANCEL = MAY_CREATE;
    private static final Set<String> MAY_USE_COCKPIT = Set.of(Roles.ADMIN, Roles.ORDER_MANAGER);

    private static final List<DemoUser> DEMO_USERS = List.of(new DemoUser("owner", Roles.ADMIN),
            new DemoUser("manager", Roles.ORDER_MANAGER), new DemoUser("biller", Roles.BILLER),
            new DemoUser("packer", Roles.PACKER), new DemoUser("ravi", Roles.DELIVERY),
            new DemoUser("imran", Roles.DELIVERY), new DemoUser("care", Roles.CUSTOMER_CARE),
            new DemoUser("karigar", Roles.KARIGAR_DESK));

    private final OrderService orders;
    private final OrderBoard board;
    private final ShopClock clock;
    private final MessageSource messages;
    private final boolean demo;

    OrderPages(OrderService orders, OrderBoard board, ShopClock clock, MessageSource messages,
            @Value("${orderflow.demo:false}") boolean demo) {
        this.orders = orders;
        this.board = board;
        this.clock = clock;
        this.messages = messages;
        this.demo = demo;
    }

    /** The signed-in user as the layout shows them: the id, and which links their roles can use. */
    record Me(String id, boolean mayCreate, boolean mayUseCockpit) {
        /** Null for nobody signed in (the login page, some error pages). */
        static Me of(Principal principal) {
            if (!(principal instanceof Authentication authentication)) {
                return null;
            }
            CurrentUser user = CurrentUser.of(authentication);
            return new Me(user.id(), anyRole(user, MAY_CREATE), anyRole(user, MAY_USE_COCKPIT));
        }
    }

    record DemoUser(String id, String role) {
        public String password() {
            return id + "123";
        }
    }

    record NoteForm(String body, Long replyTo) {
    }

    /** A note and how deep it sits in its thread: 0 for a note, 1 for an answer to it, and so on. */
    record NoteLine(NoteView note, int depth) {
    }

    @ModelAttribute
    void layout(Principal principal, Model model) {
        model.addAttribute("me", Me.of(principal));
    }

    @GetMapping("/")
    String home() {
        return "redirect:/board";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demo ? DEMO_USERS : List.of());
        model.addAttribute("here", "/login");
        return "login";
    }

    @GetMapping("/board")
    String board(CurrentUser user, Model model, Locale locale) {
        OrderBoard.Board current = board.board(user);
        model.addAttribute("board", current);
        model.addAttribute("statuses", List.of(OrderStatus.values()));
        model.addAttribute("fmt", formats(locale, current.at()));
        model.addAttribute("here", "/board");
        return "board";
    }

    @GetMapping("/orders/new")
    String newOrder(Model model) {
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("today", clock.today());
        model.addAttribute("here", "/orders/new");
        return "new-order";
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

    /** Why an action was refused: a message key in the reader's language, and the service's own words. */
    record Refusal(String key, String detail) {
    }

    private void showOrder(String number, CurrentUser user, Model model, Locale locale) {
        OrderView order = orders.get(number, user);
        model.addAttribute("order", order);
        model.addAttribute("timeline", orders.timeline(number, user));
        model.addAttribute("notes", threaded(orders.notes(number, user)));
        model.addAttribute("story", orders.story(number, user));
        model.addAttribute("mayCancel", !order.status().isFinal() && anyRole(user, MAY_CANCEL));
        model.addAttribute("fmt", formats(locale, clock.now()));
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
     * has a translation in the bundle ({@code rule.<rule-in-kebab-case>}) is shown translated, any
     * other in the service's words.
     */
    private Map<String, String> localized(List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String message = messages.getMessage("rule." + ruleKey(problem.message()), null, problem.message(), locale);
            byField.merge(problem.field(), message, (a, b) -> a + "; " + b);
        }
        return byField;
    }

    /** "must not be blank" → "must-not-be-blank"; new-order.js derives the same key. */
    static String ruleKey(String message) {
        return message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private Formats formats(Locale locale, Instant now) {
        return new Formats(clock.zone(), locale, now, messages);
    }

    private static boolean anyRole(CurrentUser user, Set<String> roles) {
        return roles.stream().anyMatch(user::hasRole);
    }

    /**
     * Times, dates, money and waiting times as the pages show them: in the shop's zone, month names
     * in the reader's language, digits and rupees as Indian shops write them. board.js formats the
     * same way when it redraws the board.
     */
    static final class Formats {
        private final ZoneId zone;
        private final Locale locale;
        private final Instant now;
        private final MessageSource messages;
        private final DateTimeFormatter when;
        private final DateTimeFormatter date;
        private final DateTimeFormatter shortDate;
        private final DateTimeFormatter clockTime;

        Formats(ZoneId zone, Locale locale, Instant now, MessageSource messages) {
            this.zone = zone;
            this.locale = locale;
            this.now = now;
            this.messages = messages;
            Locale indian = Locale.forLanguageTag(locale.getLanguage() + "-IN");
            this.when = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", indian).withZone(zone);
            this.date = DateTimeFormatter.ofPattern("d MMM yyyy", indian);
            this.shortDate = DateTimeFormatter.ofPattern("d MMM", indian);
            this.clockTime = DateTimeFormatter.ofPattern("HH:mm:ss", indian).withZone(zone);
        }

        /** "23 Nov 2026, 4:45 pm" */
        public String when(Instant at) {
            return at == null ? "" : when.format(at);
        }

        public String date(LocalDate day) {
            return day == null ? "" : date.format(day);
        }

        public String shortDate(LocalDate day) {
            return day == null ? "" : shortDate.format(day);
        }

        /** "16:45:12", for "updated …" on the board. */
        public String clock(Instant at) {
            return at == null ? "" : clockTime.format(at);
        }

        public String zoneId() {
            return zone.getId();
        }

        /** The locale board.js hands to the browser's Intl API: Latin digits, as above. */
        public String jsLocale() {
            return locale.getLanguage() + "-IN-u-nu-latn";
        }

        /** "₹1,24,000.50": Indian grouping (lakh, crore), which java.text does not do. */
        public String rupees(BigDecimal amount) {
            if (amount == null) {
                return "";
            }
            BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
            String plain = rounded.abs().toPlainString();
            String whole = plain.substring(0, plain.indexOf('.'));
            StringBuilder grouped = new StringBuilder();
            int head = whole.length() - 3;
            if (head > 0) {
                String lakhs = whole.substring(0, head);
                int first = lakhs.length() % 2 == 0 ? 2 : 1;
                grouped.append(lakhs, 0, first);
                for (int i = first; i < lakhs.length(); i += 2) {
                    grouped.append(',').append(lakhs, i, i + 2);
                }
                grouped.append(',').append(whole.substring(head));
            } else {
                grouped.append(whole);
            }
            return (rounded.signum() < 0 ? "-₹" : "₹") + grouped + plain.substring(plain.indexOf('.'));
        }

        /** How long an order has waited since {@code since}: "25 min", "2 h 5 min", "3 d 4 h". */
        public String waited(Instant since) {
            long minutes = since == null ? 0 : Math.max(0, Duration.between(since, now).toMinutes());
            // Numbers go in as text: MessageFormat would write them in Devanagari digits for mr.
            if (minutes < 60) {
                return message("time.minutes", minutes);
            }
            if (minutes < 24 * 60) {
                return message("time.hours", minutes / 60, minutes % 60);
            }
            return message("time.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }

        /** The card colour (K6): green delivered, grey cancelled or returned, red late, else yellow. */
        public String colour(OrderSummary card) {
            return switch (card.status()) {
                case DELIVERED -> "green";
                case CANCELLED, RETURNED -> "grey";
                default -> card.late() ? "red" : "yellow";
            };
        }

        private String message(String key, long... numbers) {
            Object[] args = new Object[numbers.length];
            for (int i = 0; i < numbers.length; i++) {
                args[i] = Long.toString(numbers[i]);
            }
            return messages.getMessage(key, args, locale);
        }
    }
}
