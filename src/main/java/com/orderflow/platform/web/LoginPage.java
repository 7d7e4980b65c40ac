package com.orderflow.platform.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.web.WebAttributes;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.identity.DemoUser;
import com.orderflow.platform.security.LoginThrottledException;

/**
 * The sign-in page; in demo mode it lists the demo users. After too many failed sign-ins it says
 * until when (shop time) signing in is held back.
 */
@Controller
class LoginPage {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final boolean demo;
    private final ShopClock clock;

    LoginPage(@Value("${orderflow.demo:false}") boolean demo, ShopClock clock) {
        this.demo = demo;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("demoUsers", demo ? DemoUser.ALL : List.of());
        model.addAttribute("here", "/login");
        HttpSession session = request.getSession(false);
        if (request.getParameterMap().containsKey("held") && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottledException held) {
            // a minute is added for the seconds the clock does not show: "until 10:42" means try at 10:42
            model.addAttribute("heldUntil", LocalTime.ofInstant(held.heldUntil().plusSeconds(59), clock.zone()).format(CLOCK));
        }
        return "login";
    }
}
