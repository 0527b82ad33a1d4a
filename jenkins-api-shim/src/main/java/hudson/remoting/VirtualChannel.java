package hudson.remoting;

/** Shim of remoting's channel to an agent; the plugin only passes it along, so it declares no members. */
public interface VirtualChannel {}
