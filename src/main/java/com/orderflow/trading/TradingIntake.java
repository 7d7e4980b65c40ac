package com.orderflow.trading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.trading.process.TradingOrderProcess;
import com.orderflow.tracking.SignedTokens;

/**
 * Sales takes a trading order (E1 1001): the customer, the goods by SKU at the product master's
 * prices, and how it is paid. Every broken rule is named with its field and nothing is kept; a valid
 * order starts trading-order.bpmn in the same transaction and the customer gets the confirmation
 * with the tracking link (and, paid in advance, the link to pay).
 */
@Service
public class TradingIntake {
    static final String TRACKING_PURPOSE = "trading-track";
    static final int MAX_LINES = 20;
    static final int MAX_QUANTITY = 50;
    private static final Pattern PINCODE = Pattern.compile("[1-9][0-9]{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGES = Set.of("en", "mr", "hi");
    private static final Set<String> CHANNELS = Set.of("WHATSAPP", "SMS");

    private final TradingOrders orders;
    private final TradingProducts products;
    private final TradingNumbers numbers;
    private final SignedTokens tokens;
    private final TradingPermissions permissions;
    private final TradingMessages messages;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;

    TradingIntake(TradingOrders orders, TradingProducts products, TradingNumbers numbers, SignedTokens tokens,
            TradingPermissions permissions, TradingMessages messages, RuntimeService runtime, AuditLog audit,
            ShopClock clock) {
        this.orders = orders;
        this.products = products;
        this.numbers = numbers;
        this.tokens = tokens;
        this.permissions = permissions;
        this.messages = messages;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public String place(NewTradingOrder request, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.PLACE);
        List<FieldProblem> problems = new ArrayList<>();
        String phone = checkCustomer(request == null ? null : request.customer(), problems);
        if (request != null && request.paymentMode() == null) {
            problems.add(new FieldProblem("paymentMode", "must be PREPAID or COD"));
        }
        List<TradingProduct> goods = checkLines(request == null ? null : request.lines(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SignedTokens.Issued tracking = tokens.issue(TRACKING_PURPOSE);
        TradingOrder order = new TradingOrder(numbers.nextOrder(), request.customer(), phone, request.paymentMode(),
                tracking.seed(), tracking.hash(), user.id(), clock.now());
        for (int i = 0; i < goods.size(); i++) {
            order.add(goods.get(i), request.lines().get(i).quantity());
        }
        orders.saveAndFlush(order);
        audit.record(user.id(), "TRADING_ORDER_PLACED", order.number(), order.itemsSummary() + ", "
                + order.paymentMode() + ", total " + com.orderflow.platform.Rupees.format(order.total()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(TradingOrderProcess.VAR_ORDER_ID, order.id());
        variables.put(TradingOrderProcess.VAR_ORDER_NUMBER, order.number());
        runtime.startProcessInstanceByKey(TradingOrderProcess.KEY, order.number(), variables);
        messages.confirmed(order, tokens.tokenOf(TRACKING_PURPOSE, order.trackingSeed()), user.id());
        return order.number();
    }

    private static String checkCustomer(NewTradingOrder.Customer customer, List<FieldProblem> problems) {
        if (customer == null) {
            problems.add(new FieldProblem("customer", "is required"));
            return null;
        }
        required(customer.name(), 120, "customer.name", problems);
        required(customer.address(), 300, "customer.address", problems);
        required(customer.city(), 80, "customer.city", problems);
        Optional<String> phone = PhoneNumbers.toE164(customer.phone());
        if (phone.isEmpty()) {
            problems.add(new FieldProblem("customer.phone", PhoneNumbers.problemWith(customer.phone())));
        }
        if (customer.email() != null && !customer.email().isBlank()
                && (customer.email().length() > 160 || !EMAIL.matcher(customer.email().strip()).matches())) {
            problems.add(new FieldProblem("customer.email", "must be an e-mail address such as name@example.in"));
        }
        if (customer.pincode() == null || !PINCODE.matcher(customer.pincode().strip()).matches()) {
            problems.add(new FieldProblem("customer.pincode", "must be a 6-digit Indian pincode"));
        }
        if (customer.language() != null && !customer.language().isBlank() && !LANGUAGES.contains(customer.language())) {
            problems.add(new FieldProblem("customer.language", "must be en, mr or hi"));
        }
        if (customer.channel() != null && !customer.channel().isBlank()
                && !CHANNELS.contains(customer.channel().toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("customer.channel", "must be WHATSAPP or SMS"));
        }
        return phone.orElse(null);
    }

    private static void required(String value, int max, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private List<TradingProduct> checkLines(List<NewTradingOrder.Line> lines, List<FieldProblem> problems) {
        List<TradingProduct> found = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(new FieldProblem("lines", "must have at least one line"));
            return found;
        }
        if (lines.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "must have at most " + MAX_LINES + " lines"));
            return found;
        }
        Set<String> vendors = new HashSet<>();
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewTradingOrder.Line line = lines.get(i);
            String field = "lines[" + i + "]";
            String sku = line == null || line.sku() == null ? "" : line.sku().strip().toUpperCase(Locale.ROOT);
            Optional<TradingProduct> product = sku.isEmpty() ? Optional.empty() : products.findBySku(sku);
            if (product.isEmpty()) {
                problems.add(new FieldProblem(field + ".sku", "is not a product of the trading catalogue"));
            } else if (!skus.add(sku)) {
                problems.add(new FieldProblem(field + ".sku", "is already on line " + (found.indexOf(product.get()) + 1)
                        + "; change that line's quantity"));
            } else {
                found.add(product.get());
                vendors.add(product.get().vendorCode());
                if (vendors.size() > 1) {
                    problems.add(new FieldProblem(field + ".sku", "comes from vendor " + product.get().vendorCode()
                            + "; a trading order buys from one vendor (place a second order for it)"));
                }
            }
            if (line == null || line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                problems.add(new FieldProblem(field + ".quantity", "must be 1 to " + MAX_QUANTITY));
            }
        }
        return found;
    }
}
