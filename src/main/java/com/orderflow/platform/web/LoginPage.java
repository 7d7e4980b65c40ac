package com.orderflow.platform.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.orderflow.platform.identity.DemoUser;

/** The sign-in page; in demo mode it lists the demo users. */
@Controller
class LoginPage {
    private final boolean demo;

    LoginPage(@Value("${orderflow.demo:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoUsers", demo ? DemoUser.ALL : List.of());
        model.addAttribute("here", "/login");
        return "login";
    }
}
