package io.modelgate.cli.registry;

/** Who does something when the command line does not say: the CI's user, else the system user. */
final class Actors {
    private Actors() {}

    static String orDefault(final String given) {
        if (given != null) {
            return given;
        }
        String ci = System.getenv("BUILD_USER_ID");
        return ci == null || ci.isBlank() ? System.getProperty("user.name") : ci;
    }
}
