package hudson.model;

/** Shim of jenkins-core's interface of configurable objects that have a {@link Descriptor}. */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new IllegalStateException("The Jenkins API shim has no descriptor registry; use the descriptor directly");
    }
}
