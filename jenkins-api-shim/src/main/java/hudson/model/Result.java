package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Shim of jenkins-core's build result, ordered from SUCCESS (best) to ABORTED (worst). */
public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = new Result("SUCCESS", 0, true);
    public static final @NonNull Result UNSTABLE = new Result("UNSTABLE", 1, true);
    public static final @NonNull Result FAILURE = new Result("FAILURE", 2, true);
    public static final @NonNull Result NOT_BUILT = new Result("NOT_BUILT", 3, false);
    public static final @NonNull Result ABORTED = new Result("ABORTED", 4, false);

    private final @NonNull String name;

    public final int ordinal;

    public final boolean completeBuild;

    private Result(@NonNull String name, int ordinal, boolean complete) {
        this.name = name;
        this.ordinal = ordinal;
        this.completeBuild = complete;
    }

    public @NonNull Result combine(@NonNull Result that) {
        return this.ordinal < that.ordinal ? that : this;
    }

    public boolean isWorseThan(@NonNull Result that) {
        return this.ordinal > that.ordinal;
    }

    public boolean isWorseOrEqualTo(@NonNull Result that) {
        return this.ordinal >= that.ordinal;
    }

    public boolean isBetterThan(@NonNull Result that) {
        return this.ordinal < that.ordinal;
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        return this.ordinal <= that.ordinal;
    }

    @Override
    public @NonNull String toString() {
        return name;
    }

    public static @NonNull Result fromString(@NonNull String s) {
        for (Result r : new Result[] {SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED}) {
            if (s.equalsIgnoreCase(r.name)) {
                return r;
            }
        }
        return FAILURE;
    }

    private Object readResolve() {
        return fromString(name);
    }

    private static final long serialVersionUID = 1L;
}
