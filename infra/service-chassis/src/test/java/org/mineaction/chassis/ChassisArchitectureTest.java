package org.mineaction.chassis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.projection.EventStamp;

/** What services' domain packages use from the chassis stays plain Java, as their own rules demand. */
class ChassisArchitectureTest {

    private static final JavaClasses CHASSIS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.mineaction.chassis");

    @Test
    void domainBuildingBlocksDependOnNoFramework() {
        noClasses().that().resideInAnyPackage("org.mineaction.chassis.domain..", "org.mineaction.chassis.problem..")
                .or().belongToAnyOf(EventStamp.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.apache.kafka..", "com.mongodb..", "org.bson..", "tools.jackson..")
                .because("services' domain code uses them and must not depend on frameworks")
                .check(CHASSIS);
    }
}
