package io.modelgate.scoring;

import java.util.Locale;

/**
 * Which evaluator scores the rows: jpmml-evaluator itself (the reference), the {@linkplain CompiledModel compiled}
 * flat-array form of the same PMML, or the compiled form when it compiles and agrees with jpmml on the data's first
 * rows, else jpmml ({@link #AUTO}, the default). See docs/scoring.md, "Engines".
 */
public enum ScoringEngine {
    /** jpmml-evaluator, row by row. */
    JPMML,
    /** The compiled form; a model it cannot compile, or that disagrees with jpmml, is an error. */
    COMPILED,
    /** The compiled form when it compiles and passes its self-check, else jpmml; the evidence says which. */
    AUTO;

    /**
     * Parses an engine name, case-insensitively.
     *
     * @param name {@code jpmml}, {@code compiled} or {@code auto}
     * @return the engine
     * @throws IllegalArgumentException for any other name
     */
    public static ScoringEngine parse(final String name) {
        for (ScoringEngine engine : values()) {
            if (engine.key().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return engine;
            }
        }
        throw new IllegalArgumentException("The engine must be jpmml, compiled or auto, not '" + name + "'");
    }

    /** @return the lower-case name used on the command line and in evidence */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
