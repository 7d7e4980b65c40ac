package com.orderflow.platform.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user for the shared layout (header, navigation). */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {
    private final int noticeRefreshSeconds;

    /** Work notices poll as often as the board refreshes: both are "what changed in the shop". */
    LayoutAdvice(@org.springframework.beans.factory.annotation.Value("${orderflow.board.refresh-seconds:10}") int noticeRefreshSeconds) {
        this.noticeRefreshSeconds = noticeRefreshSeconds;
    }

    @ModelAttribute
    void layout(Principal principal, Model model) {
        model.addAttribute("me", PageUser.of(principal));
        model.addAttribute("noticeRefreshSeconds", noticeRefreshSeconds);
    }
}
