package com.orderflow.packing.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.packing.PackingBoard;
import com.orderflow.packing.PackingService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.PageFormats;

/**
 * The packing board page (K2) for packers and admins: drawn here, then redrawn by packing-board.js
 * from /api/packing/board. "Print slip again" posts here and comes back to the board.
 */
@Controller
class PackingPages {
    private final PackingBoard board;
    private final PackingService packing;
    private final ShopClock clock;
    private final MessageSource messages;

    PackingPages(PackingBoard board, PackingService packing, ShopClock clock, MessageSource messages) {
        this.board = board;
        this.packing = packing;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/packing")
    String board(CurrentUser user, Model model, Locale locale) {
        PackingBoard.Board current = board.board(user);
        model.addAttribute("board", current);
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, current.at(), messages));
        model.addAttribute("here", "/packing");
        return "packing/board";
    }

    @PostMapping("/packing/orders/{number}/print")
    String printAgain(@PathVariable String number, CurrentUser user, RedirectAttributes redirect) {
        packing.printAgain(number, user);
        redirect.addFlashAttribute("flash", "packing.printAgain.done");
        return "redirect:/packing";
    }
}
