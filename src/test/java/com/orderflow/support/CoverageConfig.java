package com.orderflow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage: reports for every process test class under target/process-test-coverage,
 * and a process test class fails when it covers less than 90% of its diagram.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CoverageConfig {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(0.9)
                .addInclusionPatternForTestClasses(".*ProcessTest")
                .build();
    }
}
