package io.modelgate.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The registry's libraries enter through one class each, and it never prints. */
@AnalyzeClasses(packages = "io.modelgate.registry", importOptions = DoNotIncludeTests.class)
class RegistryArchitectureTest {
    @ArchTest
    static final ArchRule DRIVERS_ONLY_IN_DATABASE = noClasses()
            .that()
            .doNotHaveSimpleName("Database")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.sqlite..", "org.postgresql..")
            .because("the JDBC drivers are configured in one place; the rest speaks plain JDBC");

    @ArchTest
    static final ArchRule FLYWAY_ONLY_IN_MIGRATIONS = noClasses()
            .that()
            .doNotHaveSimpleName("Migrations")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.flywaydb..")
            .because("schema migrations are the only use of Flyway");

    @ArchTest
    static final ArchRule NO_CONSOLE = noClasses()
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("the registry reports through return values and exceptions; the CLI owns the console");
}
