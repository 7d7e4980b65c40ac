package com.orderflow.notifications.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderflow.notifications.NotificationStatus;
import com.orderflow.notifications.NotificationView;
import com.orderflow.notifications.Outbox;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.PageFormats;

/** The outbox page (/notifications) for Admin and Customer Care: what was sent to whom, what failed, resend. */
@Controller
class OutboxPage {
    private final Outbox outbox;
    private final MessageSource labels;
    private final MessageSource pageMessages;
    private final ShopClock clock;

    OutboxPage(Outbox outbox, @Qualifier("notificationMessages") MessageSource labels, MessageSource pageMessages,
            ShopClock clock) {
        this.outbox = outbox;
        this.labels = labels;
        this.pageMessages = pageMessages;
        this.clock = clock;
    }

    /** Labels of this page from the notification-messages bundles, in the reader's language. */
    public record Labels(MessageSource source, Locale locale) {
        public String get(String key) {
            return source.getMessage(key, null, key, locale);
        }

        public String get(String key, String argument) {
            return source.getMessage(key, new Object[] {argument}, key, locale);
        }

        public String get(String key, String first, String second) {
            return source.getMessage(key, new Object[] {first, second}, key, locale);
        }

        /** "Not sent: no provider configured", "Waiting (attempt 3)" … */
        public String status(NotificationView n) {
            return get("outbox.status." + n.status());
        }
    }

    @GetMapping("/notifications")
    String outbox(@RequestParam(required = false) String status, @RequestParam(required = false) String order,
            @RequestParam(required = false) Long resent, CurrentUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        NotificationStatus wanted = Arrays.stream(NotificationStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("notifications", outbox.list(wanted, order, user));
        model.addAttribute("statuses", NotificationStatus.values());
        model.addAttribute("selectedStatus", wanted);
        model.addAttribute("order", order == null ? "" : order.strip());
        model.addAttribute("resent", resent);
        model.addAttribute("t", new Labels(labels, locale));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), pageMessages));
        model.addAttribute("here", "/notifications");
        return "notifications/outbox";
    }

    @PostMapping("/notifications/{id}/resend")
    String resend(@PathVariable long id, CurrentUser user) {
        NotificationView again = outbox.resend(id, user);
        return "redirect:/notifications?order=" + again.orderNumber() + "&resent=" + again.id();
    }
}
