package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Shim of jenkins-core's metadata of a {@link Describable}. The no-argument constructor makes the same checks as the
 * real one, so that a descriptor nested in the wrong class fails here too.
 */
public abstract class Descriptor<T extends Describable<T>> {
    public final transient Class<? extends T> clazz;

    protected Descriptor(Class<? extends T> clazz) {
        this.clazz = clazz;
    }

    @SuppressWarnings("unchecked")
    protected Descriptor() {
        this.clazz = (Class<T>) getClass().getEnclosingClass();
        if (clazz == null) {
            throw new AssertionError(getClass() + " doesn't have an outer class.");
        }
        try {
            if (!clazz.getMethod("getDescriptor").getReturnType().isAssignableFrom(getClass())) {
                throw new AssertionError(getClass() + " must be assignable to the return type of getDescriptor");
            }
        } catch (NoSuchMethodException e) {
            throw new AssertionError(getClass() + " is missing getDescriptor method.", e);
        }
    }

    @NonNull
    public String getDisplayName() {
        return clazz.getSimpleName();
    }
}
