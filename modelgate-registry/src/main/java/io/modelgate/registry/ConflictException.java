package io.modelgate.registry;

/**
 * An alias move that lost a race: the alias no longer points where the mover expected, so nothing was changed. The
 * winner's move stands; the loser can look again and retry.
 */
public final class ConflictException extends RegistryException {
    private static final long serialVersionUID = 1L;

    private final String alias;
    private final String expected;
    private final String actual;

    /**
     * Creates the exception.
     *
     * @param model the model
     * @param alias the alias
     * @param expected the version the mover expected, {@link AliasMove#NONE} for an alias expected not to exist
     * @param actual the version the alias points to, {@link AliasMove#NONE} when it does not exist
     */
    public ConflictException(final String model, final String alias, final String expected, final String actual) {
        super("conflict on " + model + "@" + alias + ": expected version " + expected + " but it is " + actual
                + " (someone else moved it first); nothing was changed");
        this.alias = alias;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the alias */
    public String alias() {
        return alias;
    }

    /** @return the version the mover expected */
    public String expected() {
        return expected;
    }

    /** @return the version the alias points to */
    public String actual() {
        return actual;
    }
}
