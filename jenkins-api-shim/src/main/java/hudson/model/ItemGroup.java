package hudson.model;

/** Shim of jenkins-core's container of items; only a type here, for the constructor of {@link Job}. */
public interface ItemGroup<T extends Item> {}
