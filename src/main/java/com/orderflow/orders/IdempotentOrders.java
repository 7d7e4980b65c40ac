package com.orderflow.orders;

import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.platform.Sha256;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Creates with an {@code Idempotency-Key} (F9): the first request with a key places the order and
 * keeps the key, in the order's own transaction; a retry with the same key and the same body gets
 * that order back; the same key with another body is refused. Keys belong to the caller (a staff
 * login or a partner's key name), so two clients never meet each other's keys.
 */
@Service
public class IdempotentOrders {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    /** The order, and whether it was made by an earlier request with the same key. */
    public record Placed(OrderView order, boolean replayed) {
    }

    private final OrderService orders;
    private final OrderIdempotencyKeys keys;
    private final ShopClock clock;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    IdempotentOrders(OrderService orders, OrderIdempotencyKeys keys, ShopClock clock, ObjectMapper json,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.keys = keys;
        this.clock = clock;
        this.json = json;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * @throws InvalidInputException naming the header when the key is not 1–100 visible characters
     * @throws IdempotencyKeyReused when the key came before with another body
     */
    public Placed create(NewOrder request, String idempotencyKey, CurrentUser user) {
        if (!VALID_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 100 visible characters (a UUID, say)");
        }
        String fingerprint = fingerprint(request);
        try {
            return tx.execute(status -> createOnce(request, idempotencyKey, fingerprint, user));
        } catch (DataIntegrityViolationException raced) {
            // a concurrent request with the same key committed its order first: answer with that one
            return tx.execute(status -> keys.findByClientIdAndIdempotencyKey(user.id(), idempotencyKey)
                    .map(earlier -> replay(earlier, fingerprint, user)).orElseThrow(() -> raced));
        }
    }

    private Placed createOnce(NewOrder request, String idempotencyKey, String fingerprint, CurrentUser user) {
        var earlier = keys.findByClientIdAndIdempotencyKey(user.id(), idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint, user);
        }
        // the key first: a concurrent twin waits on its unique index and fails once this commits
        OrderIdempotencyKey key = keys.saveAndFlush(
                new OrderIdempotencyKey(user.id(), idempotencyKey, fingerprint, clock.now()));
        OrderView order = orders.create(request, user);
        key.placed(order.number());
        return new Placed(order, false);
    }

    private Placed replay(OrderIdempotencyKey earlier, String fingerprint, CurrentUser user) {
        if (!Sha256.same(earlier.requestHash(), fingerprint)) {
            throw new IdempotencyKeyReused(HEADER);
        }
        return new Placed(orders.get(earlier.orderNumber(), user), true);
    }

    private String fingerprint(NewOrder request) {
        try {
            return Sha256.hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed order always writes as JSON", e);
        }
    }
}
