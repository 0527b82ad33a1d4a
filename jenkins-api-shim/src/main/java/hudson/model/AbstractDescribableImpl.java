package hudson.model;

/** Shim of jenkins-core's (deprecated, now empty) base class of describables, still the superclass of Step. */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {}
