package io.modelgate.architecture;

import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInAnyPackage;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.URL;

/** Holds the core to the package diagram in docs/architecture/core-packages.puml. */
@AnalyzeClasses(packages = "io.modelgate", importOptions = DoNotIncludeTests.class)
class PackageArchitectureTest {
    private static final URL PACKAGE_DESIGN = PackageArchitectureTest.class.getResource("/core-packages.puml");

    @ArchTest
    static final ArchRule ADHERES_TO_PACKAGE_DESIGN = ArchRuleDefinition.classes()
            .should(adhereToPlantUmlDiagram(PACKAGE_DESIGN, consideringOnlyDependenciesInAnyPackage("io.modelgate..")));
}
