package com.orderflow.delivery;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderProofs;
import com.orderflow.orders.OrderService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Proof of delivery (K5): the delivery boy's photos and the customer's signature, uploaded for an
 * open stop of his run on the road. Each upload is checked ({@link ProofStore}), stored, linked to
 * the order, run and stop, and written to the order's story; it shows on the order's page with time
 * and who. Only those who may see the order see its proofs.
 */
@Service
public class ProofService implements OrderProofs {
    private final DeliveryProofs proofs;
    private final ProofStore store;
    private final RunDispatch dispatch;
    private final OrderService orders;
    private final AuditLog audit;
    private final ShopClock clock;

    ProofService(DeliveryProofs proofs, ProofStore store, RunDispatch dispatch, OrderService orders, AuditLog audit,
            ShopClock clock) {
        this.proofs = proofs;
        this.store = store;
        this.dispatch = dispatch;
        this.orders = orders;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proof's file to send: where it is and its content type. */
    public record ProofFile(Path path, String contentType) {
    }

    /**
     * Stores a photo or signature for an open stop of the user's run on the road.
     *
     * @throws InvalidInputException naming {@code kind} or {@code file} (not an image, too big, empty)
     */
    @Transactional
    public ProofView upload(long run, String orderNumber, String kind, InputStream file, CurrentUser user) {
        DeliveryRun onRoad = dispatch.workableRunForUpdate(run, user);
        DeliveryStop stop = dispatch.openStop(onRoad, orderNumber);
        ProofKind proofKind = parse(kind);
        ProofStore.Stored stored = store.store(orderNumber, file);
        DeliveryProof proof = proofs.saveAndFlush(new DeliveryProof(orderNumber, onRoad.number(), stop.id(), proofKind,
                stored, user.id(), clock.now()));
        audit.record(user.id(), "DELIVERY_PROOF_ADDED", orderNumber, proofKind.name().toLowerCase(Locale.ROOT) + " "
                + proof.id() + " (" + stored.contentType() + ", " + stored.size() + " bytes), run " + run);
        return ProofView.of(proof);
    }

    /** A proof's file or thumbnail, for whoever may see its order; anything else is not found. */
    @Transactional(readOnly = true)
    public ProofFile file(long id, boolean thumbnail, CurrentUser user) {
        DeliveryProof proof = proofs.findById(id).orElseThrow(() -> new NotFoundException("No proof " + id));
        orders.get(proof.orderNumber(), user); // not found for a delivery boy who does not carry the order
        if (thumbnail && proof.thumbnailPath() == null) {
            throw new NotFoundException("Proof " + id + " has no thumbnail");
        }
        return thumbnail ? new ProofFile(store.resolve(proof.thumbnailPath()), "image/jpeg")
                : new ProofFile(store.resolve(proof.filePath()), proof.contentType());
    }

    /** The order's proofs (for its page; the page has checked the reader may see the order). */
    @Override
    @Transactional(readOnly = true)
    public List<Proof> proofsOf(String orderNumber) {
        return proofs.findByOrderNumberOrderByIdAsc(orderNumber).stream().map(ProofView::of)
                .map(p -> new Proof(p.id(), p.kind().name(), p.at(), p.by(), p.url(), p.thumbnailUrl())).toList();
    }

    /** Several orders' proofs by order number (the planning page). */
    @Transactional(readOnly = true)
    public Map<String, List<ProofView>> proofsOf(Collection<String> orderNumbers) {
        if (orderNumbers.isEmpty()) {
            return Map.of();
        }
        return proofs.findByOrderNumberInOrderByIdAsc(orderNumbers).stream().map(ProofView::of)
                .collect(Collectors.groupingBy(ProofView::orderNumber));
    }

    /** The largest upload taken, in bytes (the phone page says it). */
    public long maxBytes() {
        return store.maxBytes();
    }

    private static ProofKind parse(String kind) {
        for (ProofKind k : ProofKind.values()) {
            if (k.name().equalsIgnoreCase(kind == null ? "" : kind.trim())) {
                return k;
            }
        }
        throw new InvalidInputException("kind", "must be PHOTO or SIGNATURE");
    }
}
