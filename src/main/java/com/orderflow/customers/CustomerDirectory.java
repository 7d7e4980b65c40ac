package com.orderflow.customers;

import com.orderflow.platform.Sha256;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;

/**
 * Customers are one record per phone number (F5). Every new order, from any channel, lands on the
 * record of its phone (already E.164: the order rules normalise it), and its name and address join
 * that customer's history. Written in the order's own transaction.
 */
@Service
public class CustomerDirectory {
    private final CustomerAccounts accounts;
    private final CustomerDetails details;
    private final OrderLifecycle orders;
    private final ShopClock clock;

    CustomerDirectory(CustomerAccounts accounts, CustomerDetails details, OrderLifecycle orders, ShopClock clock) {
        this.accounts = accounts;
        this.details = details;
        this.orders = orders;
        this.clock = clock;
    }

    /** A new order (its first status) puts its customer on record. */
    @EventListener
    @Transactional
    public void onOrderPlaced(OrderStatusChanged change) {
        if (change.from() != null) {
            return;
        }
        OrderView order = orders.view(change.orderId());
        OrderView.CustomerView c = order.customer();
        long id = ensure(c.phone(), c.name(), c.language());
        details.recordUse(id, detailKey(c), c.name(), c.address(), c.locality(), c.pincode(), clock.now(),
                order.number());
    }

    /** The customer with this phone, as typed by a person; empty when the number is not valid or unknown. */
    @Transactional(readOnly = true)
    public Optional<CustomerProfile> find(String phone) {
        return PhoneNumbers.toE164(phone).flatMap(accounts::findByPhone).map(CustomerAccount::toProfile);
    }

    @Transactional(readOnly = true)
    public Optional<CustomerProfile> find(long id) {
        return accounts.findById(id).map(CustomerAccount::toProfile);
    }

    /** The customer's names and addresses, the most recently used first. */
    @Transactional(readOnly = true)
    public List<CustomerAddress> addresses(long customerId) {
        return details.findByCustomerIdOrderByLastSeenAtDescIdDesc(customerId).stream()
                .map(CustomerDetail::toView).toList();
    }

    /** The record of an E.164 phone as a first sign-in makes it (no name yet); an existing one is kept as it is. */
    @Transactional
    public CustomerProfile signUp(String e164, String language) {
        accounts.insertIfAbsent(e164, "", language == null ? "en" : language, clock.now());
        return accounts.findByPhone(e164).map(CustomerAccount::toProfile)
                .orElseThrow(() -> new IllegalStateException("No customer record for " + e164));
    }

    private long ensure(String e164, String name, String language) {
        String nameOrEmpty = name == null ? "" : name.strip();
        String lang = language == null ? "en" : language;
        if (accounts.insertIfAbsent(e164, nameOrEmpty, lang, clock.now()) == 0) {
            accounts.updateLatest(e164, nameOrEmpty, lang, clock.now());
        }
        return accounts.findByPhone(e164).map(CustomerAccount::id)
                .orElseThrow(() -> new IllegalStateException("No customer record for " + e164));
    }

    /** The same name and address, however spaced or capitalised, is one history row. */
    static String detailKey(OrderView.CustomerView c) {
        String text = String.join("|", normal(c.name()), normal(c.address()), normal(c.locality()), normal(c.pincode()));
        return Sha256.hex(text);
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
