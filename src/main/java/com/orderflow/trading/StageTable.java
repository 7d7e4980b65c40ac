package com.orderflow.trading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.engine.LatestDecisions;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The vendor payment stages' percentages (E3): the table {@code dmn/vendor-payment-stages.dmn}, one
 * row per stage, which the owner changes in Camunda Modeler or on the stages page. The percentages
 * must add up to exactly 100: a table that does not is refused when it is deployed (see
 * {@link StageTableDeployCheck}), so a purchase order is always scheduled in full.
 */
@Component
public class StageTable {
    static final String DECISION_KEY = "vendor-payment-stages";
    static final String RESOURCE = "vendor-payment-stages.dmn";
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final DmnEngine CHECKING_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .buildEngine();

    private final LatestDecisions decisions;
    private final RepositoryService repository;
    private final TradingPermissions permissions;
    private final AuditLog audit;

    StageTable(LatestDecisions decisions, RepositoryService repository, TradingPermissions permissions, AuditLog audit) {
        this.decisions = decisions;
        this.repository = repository;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The newest deployed percentages, stage by stage. */
    public Map<VendorStageKind, BigDecimal> percentages() {
        Map<VendorStageKind, BigDecimal> table = read(decisions.engine(), decisions.latest(DECISION_KEY));
        List<FieldProblem> problems = problems(table);
        if (!problems.isEmpty()) {
            // a deployed table always passed the deployment check; this would be a bug
            throw new IllegalStateException("The deployed " + DECISION_KEY + " is not valid: " + problems);
        }
        return table;
    }

    /**
     * Deploys a new version of the table with these percentages (admin). Every stage must have one,
     * from 0 to 100 with at most two decimals, and together exactly 100; otherwise nothing changes.
     */
    @Transactional
    public Map<VendorStageKind, BigDecimal> replace(Map<String, BigDecimal> requested, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.EDIT_STAGES);
        Map<VendorStageKind, BigDecimal> table = new EnumMap<>(VendorStageKind.class);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, BigDecimal> given = requested == null ? Map.of() : requested;
        for (String key : given.keySet()) {
            if (parse(key) == null) {
                problems.add(new FieldProblem("percentages." + key, "is not a stage; the stages are "
                        + List.of(VendorStageKind.values())));
            }
        }
        for (VendorStageKind stage : VendorStageKind.values()) {
            BigDecimal percent = given.get(stage.name());
            if (percent != null) {
                table.put(stage, percent);
            }
        }
        problems.addAll(problems(table));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DmnModelInstance model = latestModel();
        for (Rule rule : model.getModelElementsByType(Rule.class)) {
            VendorStageKind stage = parse(rule.getInputEntries().iterator().next().getTextContent());
            if (stage != null) {
                rule.getOutputEntries().iterator().next().getText()
                        .setTextContent(table.get(stage).stripTrailingZeros().toPlainString());
            }
        }
        repository.createDeployment().name(DECISION_KEY + " by " + user.id()).addModelInstance(RESOURCE, model).deploy();
        audit.record(user.id(), "VENDOR_STAGES_CHANGED", null, table.toString());
        return percentages();
    }

    /** What is wrong with a table of percentages, field by field; empty when it may be deployed. */
    static List<FieldProblem> problems(Map<VendorStageKind, BigDecimal> table) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (VendorStageKind stage : VendorStageKind.values()) {
            BigDecimal percent = table.get(stage);
            String field = "percentages." + stage;
            if (percent == null) {
                problems.add(new FieldProblem(field, "is missing: every stage needs a percentage (0 for none)"));
            } else if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                problems.add(new FieldProblem(field, "must be from 0 to 100"));
            } else if (percent.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem(field, "may have at most two decimals"));
            } else {
                sum = sum.add(percent);
            }
        }
        if (problems.isEmpty() && sum.compareTo(HUNDRED) != 0) {
            problems.add(new FieldProblem("percentages", "must add up to 100%, not "
                    + sum.stripTrailingZeros().toPlainString() + "%"));
        }
        return problems;
    }

    /** The table's percentage of each stage (a stage no row answers is missing). */
    static Map<VendorStageKind, BigDecimal> read(DmnEngine engine, DmnDecision decision) {
        Map<VendorStageKind, BigDecimal> table = new EnumMap<>(VendorStageKind.class);
        for (VendorStageKind stage : VendorStageKind.values()) {
            Object percent = engine.evaluateDecision(decision, Variables.createVariables().putValue("stage", stage.name()))
                    .getSingleEntry();
            if (percent instanceof Number number) {
                table.put(stage, new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP));
            }
        }
        return table;
    }

    /** The problems of a table file about to be deployed; empty when it does not hold this decision. */
    static List<FieldProblem> problemsOfFile(byte[] dmnFile) {
        List<DmnDecision> decisions;
        try {
            decisions = CHECKING_ENGINE.parseDecisions(new ByteArrayInputStream(dmnFile));
        } catch (RuntimeException notATableWeCanRead) {
            // the engine's own DMN deployer reports it
            return List.of();
        }
        return decisions.stream().filter(d -> DECISION_KEY.equals(d.getKey())).findFirst()
                .map(d -> problems(read(CHECKING_ENGINE, d))).orElse(List.of());
    }

    private DmnModelInstance latestModel() {
        try (InputStream file = repository.getDecisionModel(decisions.definition(DECISION_KEY).getId())) {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            file.transferTo(copy);
            return Dmn.readModelFromStream(new ByteArrayInputStream(copy.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VendorStageKind parse(String text) {
        String name = text == null ? "" : text.replace("\"", "").strip().toUpperCase(Locale.ROOT);
        for (VendorStageKind stage : VendorStageKind.values()) {
            if (stage.name().equals(name)) {
                return stage;
            }
        }
        return null;
    }
}
