package com.orderflow.trading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.tracking.SignedTokens;

/**
 * Warranty (E1 1018): each unit's warranty registered by its serial, from the day it was installed
 * (or delivered, when nothing was installed) for its product's months; a card PDF with a QR code of
 * the public warranty page; a claim from that page opens a help desk ticket for the order.
 */
@Service
public class WarrantyRegistry {
    static final String WARRANTY_PURPOSE = "trading-warranty";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final WarrantyRows warranties;
    private final TradingUnits units;
    private final TradingOrders orders;
    private final TradingProducts products;
    private final Visits visits;
    private final ShipmentsRepository shipments;
    private final TradingFiles files;
    private final TradingFileRows fileRows;
    private final SignedTokens tokens;
    private final TradingMessages messages;
    private final HelpDesk helpDesk;
    private final AuditLog audit;
    private final ShopClock clock;
    private final String shopName;

    WarrantyRegistry(WarrantyRows warranties, TradingUnits units, TradingOrders orders, TradingProducts products,
            Visits visits, ShipmentsRepository shipments, TradingFiles files, TradingFileRows fileRows,
            SignedTokens tokens, TradingMessages messages, HelpDesk helpDesk, AuditLog audit, ShopClock clock,
            @Value("${orderflow.notifications.shop-name:orderflow}") String shopName) {
        this.warranties = warranties;
        this.units = units;
        this.orders = orders;
        this.products = products;
        this.visits = visits;
        this.shipments = shipments;
        this.files = files;
        this.fileRows = fileRows;
        this.tokens = tokens;
        this.messages = messages;
        this.helpDesk = helpDesk;
        this.audit = audit;
        this.clock = clock;
        this.shopName = shopName;
    }

    /** Registers every unit of the order not yet registered, sends the cards, and completes the order. */
    @Transactional
    public void register(long orderId) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        LocalDate start = startOf(order);
        for (TradingUnit unit : units.findByOrderIdOrderByIdAsc(orderId)) {
            if (warranties.existsByUnitId(unit.id())) {
                continue;
            }
            TradingProduct product = products.findById(unit.productId()).orElseThrow();
            SignedTokens.Issued link = tokens.issue(WARRANTY_PURPOSE);
            Warranty warranty = warranties.saveAndFlush(new Warranty(orderId, unit.id(), product.warrantyMonths(), start,
                    link.seed(), link.hash(), clock.now()));
            String page = messages.link("warranty", link.token());
            byte[] card = WarrantyCardPdf.render(new WarrantyCardPdf.Card(shopName, order.customerName(), order.number(),
                    product.name(), unit.serial(), DAY.format(warranty.startsOn()), DAY.format(warranty.endsOn()),
                    warranty.months(), page));
            warranty.card(files.pdf(orderId, TradingFile.Kind.WARRANTY_CARD, card, "system").path());
            messages.warrantyRegistered(order, product.nameIn(order.language()), unit.serial(), page);
            audit.record("system", "TRADING_WARRANTY_REGISTERED", order.number(), product.sku() + " " + unit.serial()
                    + " " + warranty.startsOn() + " to " + warranty.endsOn());
        }
        order.complete();
    }

    /** The public warranty page behind a card's QR code; empty for a bad or unknown token. */
    @Transactional(readOnly = true)
    public Optional<WarrantyView> publicView(String token) {
        return tokens.verifiedHash(WARRANTY_PURPOSE, token).flatMap(warranties::findByTokenHash)
                .map(w -> view(w, token));
    }

    /** The card PDF behind a card's token. */
    @Transactional(readOnly = true)
    public Optional<byte[]> card(String token) {
        return tokens.verifiedHash(WARRANTY_PURPOSE, token).flatMap(warranties::findByTokenHash)
                .flatMap(w -> fileRows.findByOrderIdOrderByIdAsc(w.orderId()).stream()
                        .filter(f -> f.path().equals(w.cardFile())).findFirst())
                .flatMap(files::read);
    }

    /**
     * A claim from the public page: a help desk ticket about the order and the unit. Refused, naming
     * the rule, once the warranty has ended.
     *
     * @return the ticket's number
     */
    @Transactional
    public String claim(String token, String problem, String phone) {
        Warranty warranty = tokens.verifiedHash(WARRANTY_PURPOSE, token).flatMap(warranties::findByTokenHash)
                .orElseThrow(() -> new NotFoundException("No such warranty"));
        WarrantyView view = view(warranty, token);
        if (!view.active()) {
            throw new InvalidInputException("warranty", "ended on " + DAY.format(warranty.endsOn())
                    + "; a claim is taken while the warranty runs");
        }
        if (problem == null || problem.isBlank()) {
            throw new InvalidInputException("problem", "must say what is wrong with the " + view.product());
        }
        if (problem.length() > 2000) {
            throw new InvalidInputException("problem", "must be at most 2000 characters");
        }
        TradingOrder order = orders.findById(warranty.orderId()).orElseThrow();
        String number = helpDesk.open(new NewTicket(TicketSource.WARRANTY_CLAIM, "Warranty claim: " + view.product()
                + " " + view.serial(), problem.strip(), order.number(), order.customerName(), order.customerEmail(),
                phone == null || phone.isBlank() ? order.customerPhone() : phone.strip(), order.customerName())).number();
        audit.record("customer", "TRADING_WARRANTY_CLAIM", order.number(), view.serial() + ": ticket " + number);
        return number;
    }

    /** The order's warranties, for its page. */
    @Transactional(readOnly = true)
    public List<WarrantyView> ofOrder(long orderId) {
        return warranties.findByOrderIdOrderByIdAsc(orderId).stream()
                .map(w -> view(w, tokens.tokenOf(WARRANTY_PURPOSE, w.tokenSeed()))).toList();
    }

    private WarrantyView view(Warranty w, String token) {
        TradingOrder order = orders.findById(w.orderId()).orElseThrow();
        TradingUnit unit = units.findById(w.unitId()).orElseThrow();
        TradingProduct product = products.findById(unit.productId()).orElseThrow();
        return new WarrantyView(order.number(), order.firstName(), order.language(), product.nameIn(order.language()),
                unit.serial(), w.startsOn(), w.endsOn(), w.months(), w.coversOn(clock.today()), token);
    }

    private LocalDate startOf(TradingOrder order) {
        return visits.findByOrderIdOrderByAttemptAsc(order.id()).stream().filter(v -> v.state() == Visit.State.APPROVED)
                .map(v -> LocalDate.ofInstant(v.completedAt(), clock.zone())).findFirst()
                .or(() -> shipments.findByOrderId(order.id()).map(Shipment::deliveredAt)
                        .map(at -> LocalDate.ofInstant(at, clock.zone())))
                .orElse(clock.today());
    }
}
