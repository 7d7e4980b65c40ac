package com.orderflow;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Feature packages reach each other only through public services; the platform knows no feature. */
class ModularityTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.orderflow");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.orderflow.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlatformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.orderflow.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("com.orderflow.orders..", "com.orderflow.inventory..",
                        "com.orderflow.packing..", "com.orderflow.billing..", "com.orderflow.delivery..",
                        "com.orderflow.returns..", "com.orderflow.jewelry..", "com.orderflow.notifications..",
                        "com.orderflow.reports..")
                .check(classes);
    }

    @Test
    void webAdaptersAreNotUsedByTheDomain() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("com.orderflow.orders.web..")
                .check(classes);
    }
}
