package com.orderflow.tracking.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.tracking.TrackingLinks;

/**
 * The order page's buttons for the customer's tracking link: revoke it (after a confirmation on the
 * page) and issue a new one. Who may is who may see the order, as for the API; both answer with the
 * order page again.
 */
@Controller
class TrackingLinkPages {
    private final TrackingLinks links;

    TrackingLinkPages(TrackingLinks links) {
        this.links = links;
    }

    @PostMapping("/orders/{number}/tracking-link/revoke")
    String revoke(@PathVariable String number, CurrentUser user, RedirectAttributes redirect) {
        links.revoke(number, user);
        redirect.addFlashAttribute("flash", "tracking.staff.revokedFlash");
        return "redirect:/orders/{number}#tracking-title";
    }

    @PostMapping("/orders/{number}/tracking-link")
    String issue(@PathVariable String number, CurrentUser user, RedirectAttributes redirect) {
        links.linkFor(number, user);
        redirect.addFlashAttribute("flash", "tracking.staff.issuedFlash");
        return "redirect:/orders/{number}#tracking-title";
    }
}
