package com.orderflow.inventory.web;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.inventory.ProductDetails;
import com.orderflow.inventory.ProductMaster;
import com.orderflow.inventory.StockRequests;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.PageProblems;

/**
 * The products and prices page (admins): the product master as a list, a form to add a product and
 * one to change a product (everything but its SKU), with its price history. Bad input is shown beside
 * each field in the reader's language; the service decides every rule.
 */
@Controller
class ProductPages {
    private final ProductMaster master;
    private final ShopClock clock;
    private final MessageSource messages;

    ProductPages(ProductMaster master, ShopClock clock, MessageSource messages) {
        this.master = master;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The product form as typed: every field stays text until it is read (a checkbox sends "true" or
     * nothing), so that any typo can be shown back beside its field instead of failing the binding.
     */
    record ProductForm(String sku, String name, String size, String unitWeightGrams, String price, String gstRatePercent,
            String hsn, String barcode, String perishable, String returnsRestockable, String reorderLevel) {

        static ProductForm empty() {
            return new ProductForm("", "", "", "", "", "", "", "", "", "", "0");
        }

        static ProductForm of(ProductMaster.ProductRow row) {
            return new ProductForm(row.sku(), row.name(), row.size(), plain(row.unitWeightGrams()), plain(row.price()),
                    plain(row.gstRatePercent()), nz(row.hsn()), nz(row.barcode()),
                    row.perishable() == null ? "" : row.perishable().toString(),
                    Boolean.toString(row.returnsRestockable()), Integer.toString(row.reorderLevel()));
        }

        /** The typed details; a number that is not one is named in {@code problems} and read as null. */
        ProductDetails details(List<FieldProblem> problems) {
            return new ProductDetails(name, size, number("unitWeightGrams", unitWeightGrams, problems),
                    number("price", price, problems), number("gstRatePercent", gstRatePercent, problems), hsn, barcode,
                    perishable == null || perishable.isBlank() ? null : Boolean.valueOf(perishable),
                    "true".equals(returnsRestockable), whole("reorderLevel", reorderLevel, problems));
        }

        private static BigDecimal number(String field, String text, List<FieldProblem> problems) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "must be a number"));
                return null;
            }
        }

        private static Integer whole(String field, String text, List<FieldProblem> problems) {
            BigDecimal value = number(field, text, problems);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                problems.add(new FieldProblem(field, "must be a whole number"));
                return null;
            }
        }

        private static String plain(BigDecimal value) {
            return value == null ? "" : value.stripTrailingZeros().toPlainString();
        }

        private static String nz(String value) {
            return value == null ? "" : value;
        }
    }

    @GetMapping("/inventory/products")
    String list(CurrentUser user, Model model, Locale locale) {
        return showList(ProductForm.empty(), null, user, model, locale);
    }

    @PostMapping("/inventory/products")
    String add(ProductForm form, CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        ProductDetails d = form.details(problems);
        try {
            if (problems.isEmpty()) {
                String sku = master.add(new StockRequests.NewProduct(form.sku(), d.name(), d.size(), d.unitWeightGrams(),
                        d.price(), d.reorderLevel(), d.returnsRestockable(), d.gstRatePercent(), d.hsn(), d.barcode(),
                        d.perishable()), user);
                redirect.addFlashAttribute("flash", "inventory.products.added");
                return "redirect:/inventory/products/" + sku;
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showList(form, PageProblems.localized(problems, messages, locale), user, model, locale);
    }

    @GetMapping("/inventory/products/{sku}")
    String product(@PathVariable String sku, CurrentUser user, Model model, Locale locale) {
        return showProduct(sku, ProductForm.of(master.get(sku, user)), null, user, model, locale);
    }

    @PostMapping("/inventory/products/{sku}")
    String change(@PathVariable String sku, ProductForm form, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        ProductDetails details = form.details(problems);
        try {
            if (problems.isEmpty()) {
                ProductMaster.ProductRow changed = master.change(sku, details, user);
                redirect.addFlashAttribute("flash", "inventory.products.saved");
                return "redirect:/inventory/products/" + changed.sku();
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showProduct(sku, form, PageProblems.localized(problems, messages, locale), user, model, locale);
    }

    private String showList(ProductForm form, Map<String, String> errors, CurrentUser user, Model model,
            Locale locale) {
        model.addAttribute("products", master.list(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/inventory/products");
        return "inventory/products";
    }

    private String showProduct(String sku, ProductForm form, Map<String, String> errors, CurrentUser user, Model model,
            Locale locale) {
        ProductMaster.ProductRow product = master.get(sku, user);
        model.addAttribute("product", product);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", master.priceHistory(product.sku(), user));
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/inventory/products/" + product.sku());
        return "inventory/product";
    }

    private PageFormats formats(Locale locale) {
        return new PageFormats(clock.zone(), locale, clock.now(), messages);
    }
}
