package org.jenkinsci.remoting;

/** Shim of remoting's checker of roles; the plugin never calls it, so it declares no members. */
public abstract class RoleChecker {}
