package hudson;

/** Shim of jenkins-core's marker interface of extension points. */
public interface ExtensionPoint {}
