package io.modelgate.server;

import sun.misc.Signal;

/**
 * Reloads on {@code SIGHUP}, through the JDK's {@code sun.misc.Signal} (module {@code jdk.unsupported}; present on
 * every OpenJDK 17 on Linux and macOS). The handler runs on the JVM's own signal thread, one signal at a time.
 */
public final class SignalReload {
    private SignalReload() {}

    /**
     * Installs the handler.
     *
     * @param reload what a {@code SIGHUP} runs
     * @return whether the handler is installed; {@code false} where the platform has no {@code SIGHUP} or the JVM
     *     reserves it (e.g. {@code -Xrs})
     */
    public static boolean install(final Runnable reload) {
        try {
            Signal.handle(new Signal("HUP"), signal -> reload.run());
            return true;
        } catch (IllegalArgumentException unavailable) {
            return false;
        }
    }
}
