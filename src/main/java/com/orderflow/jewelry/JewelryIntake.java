package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The rules of order intake (J1, J9). Every broken rule is reported at once, each naming its field,
 * so the counter corrects the form in one go; nothing is saved while any rule is broken.
 */
final class JewelryIntake {
    /** The categories karigars and the assignment table know. */
    static final List<String> CATEGORIES = List.of("ring", "chain", "bangle", "bracelet", "necklace", "earring",
            "pendant", "mangalsutra", "anklet", "other");
    static final Set<String> LANGUAGES = Set.of("en", "hi", "mr");
    static final Set<String> CHANNELS = Set.of("WHATSAPP", "SMS");
    private static final BigDecimal MAX_GRAMS = new BigDecimal("5000");

    /** A request that passed every rule, with its values normalised. */
    record Checked(NewJewelryOrder request, JewelryKind kind, String phone, String language, String channel,
            String category, DesignSource designSource, Metal metal) {
    }

    private JewelryIntake() {
    }

    static Checked check(NewJewelryOrder r, List<BranchView> branches, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        JewelryKind kind = r.kind();
        if (kind == null) {
            problems.add(FieldProblem.rule("kind", "is required: custom or repair", "jewelry.rule.kind"));
            throw new InvalidInputException(problems);
        }
        if (blank(r.customerName())) {
            problems.add(required("customerName"));
        }
        String phone = PhoneNumbers.toE164(r.customerPhone()).orElse(null);
        if (phone == null) {
            problems.add(FieldProblem.rule("customerPhone", PhoneNumbers.problemWith(r.customerPhone()),
                    r.customerPhone() != null && r.customerPhone().contains("@") ? "jewelry.rule.phoneIsEmail"
                            : "jewelry.rule.phone"));
        }
        String language = blank(r.customerLanguage()) ? "en" : r.customerLanguage().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            problems.add(FieldProblem.rule("customerLanguage", "must be en, hi or mr", "jewelry.rule.language"));
        }
        String channel = blank(r.customerChannel()) ? "WHATSAPP" : r.customerChannel().strip().toUpperCase(Locale.ROOT);
        if (!CHANNELS.contains(channel)) {
            problems.add(FieldProblem.rule("customerChannel", "must be WHATSAPP or SMS", "jewelry.rule.channel"));
        }
        BranchView branch = branches.stream().filter(b -> b.code().equals(r.branch())).findFirst().orElse(null);
        if (branch == null) {
            List<String> codes = branches.stream().map(BranchView::code).toList();
            problems.add(FieldProblem.rule("branch", "must be one of the branches: " + codes, "jewelry.rule.branch", codes));
        } else if (blank(r.counter()) || !branch.counters().contains(r.counter().strip())) {
            problems.add(FieldProblem.rule("counter", "must be a counter of " + branch.name() + ": " + branch.counters(),
                    "jewelry.rule.counter", branch.name(), branch.counters()));
        }
        String category = blank(r.category()) ? "" : r.category().strip().toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            problems.add(FieldProblem.rule("category", "must be one of " + CATEGORIES, "jewelry.rule.oneOf", CATEGORIES));
        }
        Metal metal = r.metal();
        if (metal == null) {
            problems.add(FieldProblem.rule("metal", "is required: GOLD, SILVER or PLATINUM", "jewelry.rule.metal"));
        } else if (blank(r.purity()) || !metal.purities().contains(r.purity().strip().toUpperCase(Locale.ROOT))) {
            problems.add(FieldProblem.rule("purity", "must be one of " + metal.purities() + " for " + metal,
                    "jewelry.rule.purity", metal.purities(), metal));
        }
        if (r.dueDate() == null) {
            problems.add(required("dueDate"));
        } else if (!r.dueDate().isAfter(today)) {
            problems.add(FieldProblem.rule("dueDate", "must be after today (" + today + ")", "jewelry.rule.afterToday", today));
        }
        rupees(problems, "makingPerGram", r.makingPerGram());
        rupees(problems, "makingFlat", r.makingFlat());
        rupees(problems, "advance", r.advance());
        DesignSource source;
        if (kind == JewelryKind.CUSTOM) {
            source = r.designSource();
            if (source == null || source == DesignSource.CUSTOMER_ITEM) {
                problems.add(FieldProblem.rule("designSource", "must be SHOP_ITEM (a shop item's tag) or DESCRIBED",
                        "jewelry.rule.designSource"));
            } else if (source == DesignSource.SHOP_ITEM && blank(r.shopItemTag())) {
                problems.add(FieldProblem.rule("shopItemTag", "is required when the design is a shop item: scan its tag",
                        "jewelry.rule.shopItemTag"));
            } else if (source == DesignSource.DESCRIBED && blank(r.designDescription())) {
                problems.add(FieldProblem.rule("designDescription", "is required when the design is described",
                        "jewelry.rule.designDescription"));
            }
            grams(problems, "targetGrams", r.targetGrams(), true);
            grams(problems, "toleranceGrams", r.toleranceGrams(), false);
            if (r.toleranceGrams() == null) {
                problems.add(FieldProblem.rule("toleranceGrams", "is required (0 for none)", "jewelry.rule.tolerance"));
            }
        } else {
            source = DesignSource.CUSTOMER_ITEM;
            grams(problems, "itemGrossGrams", r.itemGrossGrams(), true);
            if (blank(r.itemCondition())) {
                problems.add(FieldProblem.rule("itemCondition", "is required: the item's condition as received",
                        "jewelry.rule.itemCondition"));
            }
            if (blank(r.repairWork())) {
                problems.add(FieldProblem.rule("repairWork", "is required: the work asked for", "jewelry.rule.repairWork"));
            }
            rupees(problems, "labour", r.labour());
        }
        List<NewJewelryOrder.NewStone> stones = r.stones() == null ? List.of() : r.stones();
        for (int i = 0; i < stones.size(); i++) {
            checkStone(problems, "stones[" + i + "]", stones.get(i));
        }
        List<NewJewelryOrder.NewSample> samples = r.samples() == null ? List.of() : r.samples();
        for (int i = 0; i < samples.size(); i++) {
            NewJewelryOrder.NewSample s = samples.get(i);
            if (s.kind() == null) {
                problems.add(FieldProblem.rule("samples[" + i + "].kind", "is required: SHOP or CUSTOMER",
                        "jewelry.rule.sampleKind"));
            }
            if (blank(s.description())) {
                problems.add(required("samples[" + i + "].description"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(r, kind, phone, language, channel, category, source, metal);
    }

    static void checkStone(List<FieldProblem> problems, String field, NewJewelryOrder.NewStone s) {
        if (s.owner() == null) {
            problems.add(FieldProblem.rule(field + ".owner", "is required: CUSTOMER or SHOP", "jewelry.rule.stoneOwner"));
        }
        if (blank(s.description())) {
            problems.add(required(field + ".description"));
        }
        if (s.count() == null || s.count() < 1) {
            problems.add(FieldProblem.rule(field + ".count", "must be at least 1", "jewelry.rule.atLeastOne"));
        }
        grams(problems, field + ".grams", s.grams(), false);
        if (s.owner() == StoneOwner.SHOP) {
            if (s.price() == null) {
                problems.add(FieldProblem.rule(field + ".price", "is required for the shop's stones", "jewelry.rule.stonePrice"));
            }
            rupees(problems, field + ".price", s.price());
        }
    }

    /** A weight in grams: positive (or zero when allowed), at most 3 decimals, below a plausible maximum. */
    static void grams(List<FieldProblem> problems, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(FieldProblem.rule(field, "is required (grams)", "jewelry.rule.gramsRequired"));
            }
            return;
        }
        if (required ? value.signum() <= 0 : value.signum() < 0) {
            problems.add(required ? FieldProblem.rule(field, "must be more than 0 g", "jewelry.rule.moreThanZero")
                    : FieldProblem.rule(field, "must not be negative", "jewelry.rule.notNegative"));
        } else if (Weights.tooPrecise(value, Weights.GRAM_SCALE)) {
            problems.add(FieldProblem.rule(field, "has more than 3 decimals: grams are weighed to the milligram",
                    "jewelry.rule.milligrams"));
        } else if (value.compareTo(MAX_GRAMS) > 0) {
            problems.add(FieldProblem.rule(field, "must be at most 5000 g", "jewelry.rule.atMostGrams", MAX_GRAMS));
        }
    }

    static void rupees(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(FieldProblem.rule(field, "must not be negative", "jewelry.rule.notNegative"));
        } else if (Weights.tooPrecise(value, Weights.RUPEE_SCALE)) {
            problems.add(FieldProblem.rule(field, "has more than 2 decimals (paise)", "jewelry.rule.paise"));
        }
    }

    private static FieldProblem required(String field) {
        return FieldProblem.rule(field, "is required", "jewelry.rule.required");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
