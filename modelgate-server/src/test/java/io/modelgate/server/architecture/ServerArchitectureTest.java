package io.modelgate.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules of modelgate-server: Netty through one package, no cycles between its packages, no console. */
@AnalyzeClasses(packages = "io.modelgate", importOptions = DoNotIncludeTests.class)
class ServerArchitectureTest {
    @ArchTest
    static final ArchRule NETTY_ONLY_IN_HTTP = noClasses()
            .that()
            .resideOutsideOfPackage("io.modelgate.server.http..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.netty..")
            .because("the HTTP library enters through the http package only, so that it can be swapped");

    @ArchTest
    static final ArchRule NO_CYCLES =
            slices().matching("io.modelgate.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule SUB_PACKAGES_DO_NOT_KNOW_THE_SERVER = noClasses()
            .that()
            .resideInAnyPackage("io.modelgate.server.*..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.modelgate.server")
            .because("the server wires the packages; they do not call back into it");

    @ArchTest
    static final ArchRule NO_CONSOLE = noClasses()
            .that()
            .resideInAPackage("io.modelgate.server..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .because("the service reports through answers, metrics and the request log; the CLI owns the console");
}
