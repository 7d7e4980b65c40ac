package com.orderflow.jewelry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.files.TransactionalFiles;

/**
 * End-of-day karigar slips (J4). Each karigar with work given to him since his last slip gets one
 * PDF in the slip folder (printed or mailed from there) and the same as a WhatsApp/SMS text: every
 * detail of each order and a reminder to take the shop's or the customer's sample. An order is on
 * one slip only; a second run the same evening prints nothing new.
 */
@Service
public class KarigarSlips {
    private final Karigars karigars;
    private final JewelryOrders orders;
    private final JewelryStones stones;
    private final JewelrySamples samples;
    private final JewelryPhotos photos;
    private final JewelryMessages messages;
    private final JewelrySettings settings;
    private final ShopClock clock;
    private final AuditLog audit;

    KarigarSlips(Karigars karigars, JewelryOrders orders, JewelryStones stones, JewelrySamples samples,
            JewelryPhotos photos, JewelryMessages messages, JewelrySettings settings, ShopClock clock, AuditLog audit) {
        this.karigars = karigars;
        this.orders = orders;
        this.stones = stones;
        this.samples = samples;
        this.photos = photos;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /** Prints and sends tonight's slips; returns how many karigars got one. */
    @Transactional
    public int printAndSend() {
        LocalDate today = clock.today();
        int slips = 0;
        for (Karigar karigar : karigars.findAllByOrderByNameAsc()) {
            List<JewelryOrder> work = orders.findByKarigarIdAndStateInOrderByDueDateAscIdAsc(karigar.id(),
                    JewelryState.AT_KARIGAR).stream()
                    .filter(o -> o.slippedAt() == null).toList();
            if (work.isEmpty()) {
                continue;
            }
            List<KarigarSlipPdf.Entry> entries = work.stream().map(this::entry).toList();
            String footer = work.size() + " order(s). Bring back every sample with the piece.";
            byte[] pdf = KarigarSlipPdf.render(karigar.name(), today.toString(), entries, footer);
            // written whole and moved into place, so whatever prints or mails the folder never reads half a
            // slip; gone again if the run rolls back, as its orders are then not marked slipped either
            String file = TransactionalFiles.write(fileOf(today, karigar.id()), pdf).getFileName().toString();
            StringBuilder text = new StringBuilder();
            for (KarigarSlipPdf.Entry entry : entries) {
                text.append(entry.heading()).append('\n');
                entry.lines().forEach(line -> text.append("- ").append(line).append('\n'));
            }
            boolean messaged = messages.sendSlip(karigar, today.toString(), text.toString());
            work.forEach(o -> o.slipped(clock.now()));
            audit.record("system", "KARIGAR_SLIP", null, karigar.id() + ": " + file + ", "
                    + String.join(", ", work.stream().map(JewelryOrder::number).toList())
                    + (messaged ? "" : " (no phone: printed only)"));
            slips++;
        }
        return slips;
    }

    Path fileOf(LocalDate date, String karigarId) {
        return settings.slipFolder().resolve("karigar-slip-" + date + "-" + karigarId + ".pdf");
    }

    private KarigarSlipPdf.Entry entry(JewelryOrder order) {
        List<String> lines = new ArrayList<>();
        lines.add((order.kind() == JewelryKind.REPAIR ? "Repair" : "Make") + ": " + order.category() + ", "
                + order.metal() + " " + order.purity());
        if (order.kind() == JewelryKind.CUSTOM) {
            lines.add("Target weight " + Weights.show(order.targetGrams()) + " +/- " + Weights.show(order.toleranceGrams()));
            lines.add("Design: " + (order.designSource() == DesignSource.SHOP_ITEM ? "as shop item " + order.shopItemTag()
                    : order.designDescription()));
        } else {
            lines.add("Item as received " + Weights.show(order.itemGrossGrams()) + ", condition: " + order.itemCondition());
            lines.add("Work: " + order.repairWork());
        }
        if (order.size() != null) {
            lines.add("Size " + order.size());
        }
        if (order.issuedMetalGrams() != null) {
            lines.add("Metal issued " + Weights.show(order.issuedMetalGrams()));
        }
        for (JewelryStone stone : stones.findByOrderIdOrderByIdAsc(order.id())) {
            lines.add((stone.owner() == StoneOwner.CUSTOMER ? "Customer's stones: " : "Shop's stones: ") + stone.count()
                    + " x " + stone.description() + " (" + Weights.show(stone.grams()) + ")");
        }
        int photoCount = photos.findByOrderIdOrderByIdAsc(order.id()).size();
        if (photoCount > 0) {
            lines.add(photoCount + " photo(s) at the desk");
        }
        for (JewelrySample sample : samples.findByOrderIdOrderByIdAsc(order.id())) {
            if (sample.state() == SampleState.AT_SHOP || sample.state() == SampleState.WITH_KARIGAR) {
                lines.add("TAKE THE " + sample.kind() + " SAMPLE: " + sample.description()
                        + (sample.state() == SampleState.WITH_KARIGAR ? " (you have it)" : " (collect it at the desk)"));
            }
        }
        return new KarigarSlipPdf.Entry(order.number() + " - due " + order.dueDate(), lines);
    }
}
