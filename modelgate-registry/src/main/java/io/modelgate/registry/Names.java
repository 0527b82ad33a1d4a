package io.modelgate.registry;

import java.util.regex.Pattern;

/** The rules for model names, versions and aliases: they appear in {@code models:/} references and file names. */
final class Names {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,127}");

    private Names() {}

    static String check(final String what, final String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' must be letters, digits, '.', '_', '+' or '-'"
                    + " (at most 128, starting with a letter or digit)");
        }
        if ("version".equals(what) && AliasMove.NONE.equals(name)) {
            throw new IllegalArgumentException("'none' is reserved: it stands for an alias that does not exist");
        }
        return name;
    }
}
