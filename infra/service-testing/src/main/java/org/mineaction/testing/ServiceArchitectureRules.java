package org.mineaction.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package-by-feature layout every service keeps: {@code <service>.<feature>.domain} is plain
 * Java (no Spring, no web, messaging or persistence), the web API does not reach into
 * persistence or messaging directly, and features do not depend on each other in cycles.
 */
public final class ServiceArchitectureRules {

    private ServiceArchitectureRules() {
    }

    public static JavaClasses importService(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }

    public static void check(String rootPackage) {
        JavaClasses classes = importService(rootPackage);
        noClasses().that().resideInAPackage(rootPackage + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        rootPackage + ".*.web..", rootPackage + ".*.messaging..", rootPackage + ".*.persistence..")
                .because("the domain holds the rules and must not depend on frameworks or adapters")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage(rootPackage + ".*.web..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + ".*.persistence..",
                        rootPackage + ".*.messaging..", "org.springframework.data.mongodb..", "org.springframework.kafka..")
                .because("controllers go through the feature's application service")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage(rootPackage + ".*.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(rootPackage + ".*.web..")
                .allowEmptyShould(true)
                .check(classes);
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
