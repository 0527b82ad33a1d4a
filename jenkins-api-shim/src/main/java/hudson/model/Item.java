package hudson.model;

/** Shim of jenkins-core's interface of configurable items; only a type here, for {@link ItemGroup}. */
public interface Item {}
