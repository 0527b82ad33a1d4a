package io.modelgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules every class of the core keeps: third-party libraries through one package each, no Jenkins, no console. */
@AnalyzeClasses(packages = "io.modelgate", importOptions = DoNotIncludeTests.class)
class CodingRulesArchitectureTest {
    @ArchTest
    static final ArchRule STATISTICS_LIBRARIES_ONLY_IN_STATISTICS = noClasses()
            .that()
            .resideOutsideOfPackage("io.modelgate.statistics..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.commons.math3..", "org.apache.datasketches..")
            .because("commons-math3 and DataSketches enter through the statistics package only");

    @ArchTest
    static final ArchRule PMML_LIBRARIES_ONLY_IN_SCORING = noClasses()
            .that()
            .resideOutsideOfPackage("io.modelgate.scoring..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jpmml..", "org.dmg..")
            .because("jpmml-evaluator enters through the scoring package only");

    @ArchTest
    static final ArchRule NO_JENKINS = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..")
            .because("the core knows nothing of Jenkins");

    @ArchTest
    static final ArchRule NO_CONSOLE = noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("the core reports through return values and evidence; the CLI owns the console");
}
