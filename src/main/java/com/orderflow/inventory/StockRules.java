package com.orderflow.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The stock alert rules of {@code src/main/resources/rules/*.drl}. The KieBase is compiled once,
 * when the app starts (STACK.md trap 5); each review runs a short-lived session over a snapshot.
 */
@Component
public class StockRules {
    private final KieBase kieBase;

    public StockRules() {
        this.kieBase = build();
    }

    /** Every alert whose condition holds in the snapshot, in the order the rules fired. */
    public List<RaisedAlert> evaluate(StockFacts.Snapshot snapshot) {
        List<RaisedAlert> alerts = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("alerts", alerts);
            session.insert(snapshot.thresholds());
            snapshot.products().forEach(session::insert);
            snapshot.batches().forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return alerts;
    }

    private static KieBase build() {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem files = kie.newKieFileSystem();
        try {
            for (Resource drl : new PathMatchingResourcePatternResolver(StockRules.class.getClassLoader())
                    .getResources("classpath*:rules/*.drl")) {
                files.write("src/main/resources/rules/" + drl.getFilename(), kie.getResources()
                        .newByteArrayResource(drl.getContentAsByteArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("Stock rules do not compile: " + builder.getResults().getMessages());
        }
        return kie.newKieContainer(kie.getRepository().getDefaultReleaseId()).getKieBase();
    }
}
