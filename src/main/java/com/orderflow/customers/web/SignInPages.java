package com.orderflow.customers.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.orderflow.customers.CustomerProfile;
import com.orderflow.customers.SignIn;
import com.orderflow.customers.SignInRefused;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.RuleTexts;

/** The customer's sign-in (F8): phone number, then the 6-digit code sent to it. */
@Controller
class SignInPages {
    private final SignIn signIn;
    private final CustomerSession session;
    private final MessageSource messages;
    private final boolean demo;
    private final long minutes;

    SignInPages(SignIn signIn, CustomerSession session, MessageSource messages,
            @Value("${orderflow.demo:false}") boolean demo, com.orderflow.customers.CustomerSettings settings) {
        this.signIn = signIn;
        this.session = session;
        this.messages = messages;
        this.demo = demo;
        this.minutes = settings.getCodeValidFor().toMinutes();
    }

    @GetMapping(CustomerSecurityConfig.SIGN_IN)
    String form(@RequestParam(required = false) String phone, @RequestParam(required = false) String sent,
            @RequestParam(required = false) String signedOut, Model model) {
        model.addAttribute("phone", phone == null ? "" : phone);
        model.addAttribute("codeSent", sent != null && phone != null);
        model.addAttribute("signedOut", signedOut != null);
        return page(model);
    }

    @PostMapping(CustomerSecurityConfig.SIGN_IN + "/code")
    String sendCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "WHATSAPP") String channel,
            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        try {
            SignIn.CodeSent sent = signIn.sendCode(phone, channel, request.getRemoteAddr(), locale);
            return "redirect:" + CustomerSecurityConfig.SIGN_IN + "?sent&phone=" + java.net.URLEncoder.encode(sent.phone(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (InvalidInputException e) {
            refused(e, response, locale, model);
            model.addAttribute("phone", phone);
            model.addAttribute("codeSent", false);
            return page(model);
        }
    }

    @PostMapping(CustomerSecurityConfig.SIGN_IN)
    String verify(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        try {
            CustomerProfile customer = signIn.verify(phone, code, request.getRemoteAddr(), locale);
            session.signIn(customer, request, response);
            return "redirect:/my";
        } catch (InvalidInputException e) {
            refused(e, response, locale, model);
            model.addAttribute("phone", phone);
            model.addAttribute("codeSent", true);
            return page(model);
        }
    }

    private void refused(InvalidInputException e, HttpServletResponse response, Locale locale, Model model) {
        if (e instanceof SignInRefused refusal) {
            model.addAttribute("errors", List.of(messages.getMessage(refusal.messageKey(), refusal.arguments(), locale)));
            if (refusal.retryAfter() != null) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader("Retry-After", String.valueOf(refusal.retryAfter().toSeconds()));
                return;
            }
        } else {
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

    private String page(Model model) {
        model.addAttribute("demo", demo);
        model.addAttribute("minutes", String.valueOf(minutes));
        model.addAttribute("here", CustomerSecurityConfig.SIGN_IN);
        return "customers/sign-in";
    }
}
