package org.mineaction.gateway;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.factory.GatewayFilterFactory;
import org.springframework.web.server.WebFilter;

/**
 * Package by feature: no cycles between features; features share only {@code problem} (how errors
 * are answered) and {@code correlation} (the request's id), never each other's insides.
 */
@AnalyzeClasses(packages = "org.mineaction.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String FEATURES = "org.mineaction.gateway.(*)..";

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching(FEATURES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresUseNoOtherFeatureButTheSharedOnes = slices().matching(FEATURES)
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    resideInAnyPackage("org.mineaction.gateway.problem..", "org.mineaction.gateway.correlation.."));

    @ArchTest
    static final ArchRule sharedPackagesDependOnNoOtherFeature = noClasses()
            .that().resideInAnyPackage("org.mineaction.gateway.problem..", "org.mineaction.gateway.correlation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.mineaction.gateway.resilience..", "org.mineaction.gateway.limits..", "org.mineaction.gateway.security..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnTheApplication = noClasses()
            .that().resideInAPackage("org.mineaction.gateway.*..")
            .should().dependOnClassesThat().resideInAPackage("org.mineaction.gateway");

    @ArchTest
    static final ArchRule filtersArePackagePrivate = classes()
            .that().implement(WebFilter.class).or().implement(GlobalFilter.class).or().implement(GatewayFilterFactory.class)
            .should().notBePublic();
}
