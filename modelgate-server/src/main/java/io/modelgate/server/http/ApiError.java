package io.modelgate.server.http;

/**
 * A request the service refuses, with the HTTP status, a stable machine-readable code, a message for people and,
 * for a bad record, its index in the batch and the field. Rendered as the JSON error body by {@link ErrorJson}.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final int record;
    private final String field;

    /**
     * Creates an error that concerns the whole request.
     *
     * @param status the HTTP status
     * @param code the machine-readable code, e.g. {@code body_too_large}
     * @param message one sentence for people
     */
    public ApiError(final int status, final String code, final String message) {
        this(status, code, message, -1, null);
    }

    /**
     * Creates an error that concerns one record.
     *
     * @param status the HTTP status
     * @param code the machine-readable code, e.g. {@code missing_field}
     * @param message one sentence for people, naming the record and the field
     * @param record the 0-based index of the record in the batch, or -1
     * @param field the field, or {@code null}
     */
    public ApiError(final int status, final String code, final String message, final int record, final String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.record = record;
        this.field = field;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the machine-readable code */
    public String code() {
        return code;
    }

    /** @return the 0-based index of the record in the batch, or -1 when the error concerns the request */
    public int record() {
        return record;
    }

    /** @return the field, or {@code null} */
    public String field() {
        return field;
    }
}
