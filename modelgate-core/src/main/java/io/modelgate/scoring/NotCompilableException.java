package io.modelgate.scoring;

/** Says which PMML construct the compiled engine does not implement, so that jpmml scores the model instead. */
final class NotCompilableException extends Exception {
    private static final long serialVersionUID = 1L;

    NotCompilableException(final String construct) {
        super(construct);
    }
}
