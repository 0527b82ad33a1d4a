package org.jenkinsci.remoting;

import java.io.Serializable;

/** Shim of remoting's marker of objects that are serialised only across an agent channel. */
public interface SerializableOnlyOverRemoting extends Serializable {}
