package io.modelgate.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Makes sure the architecture rules can fail: some Surefire versions silently skip {@code @ArchTest} fields, so a
 * green build alone proves nothing.
 */
class ArchitectureRulesRunTest {
    @Test
    void shouldFindTheDiagramOnTheTestClasspath() {
        assertThat(PackageArchitectureTest.class.getResource("/core-packages.puml"))
                .isNotNull();
    }

    @Test
    void shouldRejectConsoleOutputInTheCore() {
        JavaClasses offender = new ClassFileImporter().importClasses(PrintingClass.class);

        assertThatThrownBy(() -> CodingRulesArchitectureTest.NO_CONSOLE.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("System.out");
    }

    /** A class that breaks a rule on purpose. */
    static final class PrintingClass {
        void print() {
            System.out.println("forbidden in the core");
        }
    }
}
