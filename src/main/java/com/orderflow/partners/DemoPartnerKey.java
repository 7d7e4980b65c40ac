package com.orderflow.partners;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.bootstrap.DemoData;

/**
 * A partner key for a first look (demo mode only, like the demo users' known passwords): read and
 * write, printed in the log at every start so that the README's curl example works as written.
 * Never outside demo data: a shop's real keys are made on the partners page and shown once.
 */
@Component
@Order(50)
class DemoPartnerKey implements DemoData {
    static final String KEY = "ofk_d3m0d3m0_demo-partner-key-only-for-demo-data-never-real";
    static final String NAME = "Demo partner";
    private static final Logger log = LoggerFactory.getLogger(DemoPartnerKey.class);

    private final boolean demo;
    private final ApiKeyService keys;

    DemoPartnerKey(@Value("${orderflow.demo:false}") boolean demo, ApiKeyService keys) {
        this.demo = demo;
        this.keys = keys;
    }

    @Override
    public void run() {
        if (demo) {
            keys.ensure(KEY, NAME);
            log.info("Demo partner API key (read and write, demo data only): X-Api-Key: {}", KEY);
        }
    }
}
