package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/** Orders and users for the jewelry tests: a gold ring from a shop item, a described necklace, a repair. */
final class JewelryFixtures {
    static final CurrentUser BILLER = new CurrentUser("biller", Set.of(Roles.BILLER));
    static final CurrentUser MANAGER = new CurrentUser("manager", Set.of(Roles.ORDER_MANAGER));
    static final CurrentUser DESK = new CurrentUser("karigar", Set.of(Roles.KARIGAR_DESK));
    static final CurrentUser PACKER = new CurrentUser("packer", Set.of(Roles.PACKER));

    private JewelryFixtures() {
    }

    static Builder customRing(String branch, LocalDate due) {
        Builder b = new Builder();
        b.kind = JewelryKind.CUSTOM;
        b.branch = branch;
        b.due = due;
        b.category = "ring";
        b.source = DesignSource.SHOP_ITEM;
        b.shopItemTag = "T-000042";
        b.metal = Metal.GOLD;
        b.purity = "22K";
        b.target = new BigDecimal("10.000");
        b.tolerance = new BigDecimal("0.300");
        b.size = "14";
        b.makingPerGram = new BigDecimal("450.00");
        b.advance = new BigDecimal("20000.00");
        return b;
    }

    static Builder describedNecklace(String branch, LocalDate due) {
        Builder b = customRing(branch, due);
        b.category = "necklace";
        b.source = DesignSource.DESCRIBED;
        b.shopItemTag = null;
        b.description = "Temple necklace, 5 lakshmi coins, as in the customer's photo";
        b.target = new BigDecimal("32.000");
        b.tolerance = new BigDecimal("0.200");
        b.size = null;
        return b;
    }

    static Builder repair(String branch, LocalDate due) {
        Builder b = new Builder();
        b.kind = JewelryKind.REPAIR;
        b.branch = branch;
        b.due = due;
        b.category = "bangle";
        b.metal = Metal.GOLD;
        b.purity = "22K";
        b.itemGross = new BigDecimal("12.400");
        b.itemCondition = "Clasp broken, one dent";
        b.repairWork = "New clasp, remove dent, polish";
        b.labour = new BigDecimal("800.00");
        b.advance = new BigDecimal("500.00");
        return b;
    }

    static final class Builder {
        JewelryKind kind;
        String name = "Sunita Deshmukh";
        String phone = "98200 12345";
        String language = "mr";
        String branch;
        String counter = "Counter 1";
        String category;
        DesignSource source;
        String shopItemTag;
        String description;
        Metal metal;
        String purity;
        BigDecimal target;
        BigDecimal tolerance;
        String size;
        BigDecimal makingPerGram = BigDecimal.ZERO;
        BigDecimal makingFlat = BigDecimal.ZERO;
        BigDecimal advance = BigDecimal.ZERO;
        LocalDate due;
        BigDecimal itemGross;
        String itemCondition;
        String repairWork;
        BigDecimal labour;
        final List<NewJewelryOrder.NewStone> stones = new ArrayList<>();
        final List<NewJewelryOrder.NewSample> samples = new ArrayList<>();

        Builder counter(String value) { counter = value; return this; }
        Builder language(String value) { language = value; return this; }
        Builder category(String value) { category = value; return this; }
        Builder metal(Metal value, String purityValue) { metal = value; purity = purityValue; return this; }
        Builder purity(String value) { purity = value; return this; }
        Builder target(String grams) { target = new BigDecimal(grams); return this; }
        Builder tolerance(String grams) { tolerance = new BigDecimal(grams); return this; }
        Builder shopItemTag(String value) { shopItemTag = value; return this; }
        Builder advance(String rupees) { advance = new BigDecimal(rupees); return this; }
        Builder making(String perGram, String flat) { makingPerGram = new BigDecimal(perGram); makingFlat = new BigDecimal(flat); return this; }
        Builder itemGross(BigDecimal grams) { itemGross = grams; return this; }
        Builder itemCondition(String value) { itemCondition = value; return this; }
        Builder repairWork(String value) { repairWork = value; return this; }
        Builder stone(NewJewelryOrder.NewStone stone) { stones.add(stone); return this; }
        Builder sample(NewJewelryOrder.NewSample sample) { samples.add(sample); return this; }

        Builder customerStones(int count, String grams, String description) {
            return stone(new NewJewelryOrder.NewStone(StoneOwner.CUSTOMER, description, count, new BigDecimal(grams), null));
        }

        Builder shopStones(int count, String grams, String description, String price) {
            return stone(new NewJewelryOrder.NewStone(StoneOwner.SHOP, description, count, new BigDecimal(grams),
                    new BigDecimal(price)));
        }

        Builder shopSample(String description) {
            return sample(new NewJewelryOrder.NewSample(SampleKind.SHOP, description));
        }

        Builder customerSample(String description) {
            return sample(new NewJewelryOrder.NewSample(SampleKind.CUSTOMER, description));
        }

        NewJewelryOrder build() {
            return new NewJewelryOrder(kind, name, phone, language, "WHATSAPP", branch, counter, category, source,
                    shopItemTag, description, metal, purity, target, tolerance, size, makingPerGram, makingFlat, advance,
                    due, itemGross, itemCondition, repairWork, labour, List.copyOf(stones), List.copyOf(samples));
        }
    }
}
