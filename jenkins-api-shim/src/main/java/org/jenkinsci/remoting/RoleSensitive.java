package org.jenkinsci.remoting;

/** Shim of remoting's interface of objects that say which side of the channel may run them. */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
