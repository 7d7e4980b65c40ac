package com.orderflow.customers.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.customers.Cart;
import com.orderflow.customers.Checkout;
import com.orderflow.customers.CustomerAddress;
import com.orderflow.customers.CustomerDirectory;
import com.orderflow.customers.CustomerOrders;
import com.orderflow.customers.CustomerProfile;
import com.orderflow.customers.OrderIntake;
import com.orderflow.inventory.ShopShelf;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.DeliverySlot;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.RuleTexts;

/**
 * The customer's shop (F8): the catalogue with what the counter holds now, the cart (quantities
 * carried in the form, never prices), and checkout for today or an advance booking with a slot.
 */
@Controller
class ShopPages {
    private static final String QTY = "qty_";

    private final CustomerSession session;
    private final ShopShelf shelf;
    private final Checkout checkout;
    private final CustomerDirectory directory;
    private final CustomerOrders orders;
    private final MessageSource messages;
    private final ShopClock clock;

    ShopPages(CustomerSession session, ShopShelf shelf, Checkout checkout, CustomerDirectory directory,
            CustomerOrders orders, MessageSource messages, ShopClock clock) {
        this.session = session;
        this.shelf = shelf;
        this.checkout = checkout;
        this.directory = directory;
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    /** The catalogue; {@code again} (one of the customer's own orders) fills the cart with its quantities. */
    @GetMapping("/my/shop")
    String catalogue(@RequestParam(required = false) String again, Model model, Locale locale) {
        CustomerProfile me = session.current();
        model.addAttribute("me", me);
        model.addAttribute("products", shelf.today());
        model.addAttribute("cartQuantities", again == null ? Map.of() : orders.quantities(me, again));
        return page(model, locale, "/my/shop", "customers/shop");
    }

    /** The cart priced from the catalogue, with the delivery form. */
    @PostMapping("/my/checkout/review")
    String review(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response) {
        CustomerProfile me = session.current();
        model.addAttribute("me", me);
        try {
            Cart cart = cart(form, me);
            model.addAttribute("cart", cart);
            model.addAttribute("lines", checkout.price(cart));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
            model.addAttribute("products", shelf.today());
            model.addAttribute("cartQuantities", quantities(form));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, locale, "/my/shop", "customers/shop");
        }
        return checkoutPage(model, locale, me);
    }

    @PostMapping("/my/checkout")
    String place(@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        CustomerProfile me = session.current();
        Cart cart = new Cart(List.of(), me.name(), null, null, null, null, null, me.language(), ContactChannel.WHATSAPP);
        try {
            cart = cart(form, me);
            OrderView order = checkout.place(me, cart);
            redirect.addFlashAttribute("flash", "customers.checkout.placed");
            return "redirect:/my/orders/" + order.number();
        } catch (InvalidInputException e) {
            model.addAttribute("me", me);
            model.addAttribute("cart", cart);
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            try {
                model.addAttribute("lines", checkout.price(cart));
            } catch (InvalidInputException stillBad) {
                model.addAttribute("lines", List.of());
            }
            return checkoutPage(model, locale, me);
        }
    }

    private String checkoutPage(Model model, Locale locale, CustomerProfile me) {
        List<CustomerAddress> addresses = directory.addresses(me.id());
        model.addAttribute("address", addresses.isEmpty() ? null : addresses.get(0));
        model.addAttribute("today", clock.today());
        model.addAttribute("slots", DeliverySlot.values());
        return page(model, locale, "/my/shop", "customers/checkout");
    }

    /** The form's cart: {@code qty_<SKU>} fields, and the delivery fields of the checkout step. */
    private static Cart cart(Map<String, String> form, CustomerProfile me) {
        List<Cart.Line> lines = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith(QTY) && value != null && !value.isBlank()) {
                lines.add(new Cart.Line(name.substring(QTY.length()), quantity(value)));
            }
        });
        LocalDate date = null;
        String when = form.get("deliveryDate");
        if (when != null && !when.isBlank()) {
            try {
                date = LocalDate.parse(when.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("deliveryDate", "must be a date (YYYY-MM-DD)");
            }
        }
        DeliverySlot slot = null;
        String slotName = form.get("slot");
        if (slotName != null && !slotName.isBlank()) {
            slot = java.util.Arrays.stream(DeliverySlot.values()).filter(s -> s.name().equals(slotName)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("slot", "must be MORNING, AFTERNOON or EVENING"));
        }
        ContactChannel channel = "SMS".equals(form.get("contactChannel")) ? ContactChannel.SMS : ContactChannel.WHATSAPP;
        String language = form.getOrDefault("language", me.language());
        return new Cart(lines, form.getOrDefault("name", me.name()), form.get("address"), form.get("locality"),
                blankToNull(form.get("pincode")), date, slot, language, channel);
    }

    /** The quantities a refused cart asked for, shown again as typed. */
    private static Map<String, Integer> quantities(Map<String, String> form) {
        Map<String, Integer> quantities = new java.util.HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(QTY) && value != null && !value.isBlank()) {
                quantities.put(name.substring(QTY.length()), quantity(value));
            }
        });
        return quantities;
    }

    /** A quantity as typed; what is not a whole number is -1, which checkout names as out of range. */
    private static Integer quantity(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String page(Model model, Locale locale, String here, String view) {
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", here);
        return view;
    }
}
