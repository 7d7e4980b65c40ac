package com.orderflow.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.partners.ApiKeyService;
import com.orderflow.partners.WebhookEvent;
import com.orderflow.partners.WebhookService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;

/**
 * The partners page (/partners, admins): API keys (create with scopes, the key shown once, revoke,
 * last use) and webhook subscriptions (address and events, the secret shown once, remove, and each
 * one's delivery log). The services check the role and the input, exactly as they would for an API;
 * a refused field is shown beside it in the reader's language and nothing is saved.
 */
@Controller
class PartnersPage {
    private static final String PATH = "/partners";

    private final ApiKeyService keys;
    private final WebhookService webhooks;
    private final MessageSource labels;
    private final MessageSource pageMessages;
    private final ShopClock clock;

    PartnersPage(ApiKeyService keys, WebhookService webhooks, @Qualifier("partnerMessages") MessageSource labels,
            MessageSource pageMessages, ShopClock clock) {
        this.keys = keys;
        this.webhooks = webhooks;
        this.labels = labels;
        this.pageMessages = pageMessages;
        this.clock = clock;
    }

    /** The page's texts in the reader's language. */
    public record Labels(MessageSource source, Locale locale) {
        public String get(String key, Object... arguments) {
            return source.getMessage(key, arguments, key, locale);
        }
    }

    @GetMapping(PATH)
    String page(CurrentUser user, Model model, Locale locale) {
        return show(Map.of(), Map.of(), user, model, locale);
    }

    @PostMapping(PATH + "/keys")
    String createKey(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "false") boolean read,
            @RequestParam(defaultValue = "false") boolean write, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ApiKeyService.Issued issued = keys.create(name, read, write, user);
            redirect.addFlashAttribute("newKey", issued.secret());
            redirect.addFlashAttribute("newKeyName", issued.key().name());
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("keyName", name);
            return show(FieldProblem.byField(e.problems(), labels, locale), Map.of(), user, model, locale);
        }
    }

    @PostMapping(PATH + "/keys/{id}/revoke")
    String revoke(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        keys.revoke(id, user);
        redirect.addFlashAttribute("revoked", id);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/webhooks")
    String subscribe(@RequestParam(defaultValue = "") String url,
            @RequestParam(name = "events", required = false) List<String> events, CurrentUser user, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            WebhookService.Subscribed subscribed = webhooks.subscribe(url, events, user);
            redirect.addFlashAttribute("newSecret", subscribed.secret());
            redirect.addFlashAttribute("newSecretUrl", subscribed.subscription().url());
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("webhookUrl", url);
            model.addAttribute("chosenEvents", events == null ? List.of() : events);
            return show(Map.of(), FieldProblem.byField(e.problems(), labels, locale), user, model, locale);
        }
    }

    @PostMapping(PATH + "/webhooks/{id}/remove")
    String remove(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        webhooks.remove(id, user);
        redirect.addFlashAttribute("removed", id);
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/webhooks/{id}")
    String log(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("subscription", webhooks.get(id, user));
        model.addAttribute("log", webhooks.deliveryLog(id, user));
        model.addAttribute("t", new Labels(labels, locale));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), pageMessages));
        return "partners/webhook-log";
    }

    private String show(Map<String, String> keyErrors, Map<String, String> webhookErrors, CurrentUser user,
            Model model, Locale locale) {
        model.addAttribute("keys", keys.list(user));
        model.addAttribute("webhooks", webhooks.list(user));
        model.addAttribute("eventTypes", java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::type).toList());
        model.addAttribute("keyErrors", keyErrors);
        model.addAttribute("webhookErrors", webhookErrors);
        model.addAttribute("t", new Labels(labels, locale));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), pageMessages));
        return "partners/partners";
    }
}
