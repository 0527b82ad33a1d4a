package io.modelgate.risk;

import java.nio.file.Path;

/** Finds the scikit-learn fixtures of the scoring tests, which the risk tests reuse. */
final class RiskFixtures {
    private static final Path SKLEARN = Path.of("src/test/resources/fixtures/scoring/SklearnEquivalenceTest");

    private RiskFixtures() {}

    static Path sklearn(final String name) {
        return SKLEARN.resolve(name);
    }

    static Path holdout() {
        return sklearn("credit-holdout.csv");
    }
}
