package com.orderflow.platform.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Start-up work is a {@link StartupStep} (or {@link DemoData}): Spring Boot's runners run after the
 * web server already takes requests, which is what made a restart under load fail (issue 13.5).
 */
class StartupWorkTest {

    @Test
    void noStartUpWorkRunsAfterThePortIsOpen() {
        noClasses().should().implement(ApplicationRunner.class).orShould().implement(CommandLineRunner.class)
                .because("start-up work must finish before the web server opens its port: implement StartupStep")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.orderflow"));
    }
}
