package com.orderflow.platform.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user for the shared layout (header, navigation). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    @ModelAttribute
    void layout(Principal principal, Model model) {
        model.addAttribute("me", PageUser.of(principal));
    }
}
