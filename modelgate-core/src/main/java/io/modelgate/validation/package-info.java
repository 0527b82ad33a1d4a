/**
 * Data validation, the Integration stage's first gate: the schema file, its constraints (type, completeness, range,
 * allowed values, pattern, uniqueness, row count, unexpected columns, duplicate rows), the streaming validator, PII
 * scanning ({@code validation.pii}), schema inference, and the validation report. May use {@code data},
 * {@code statistics} and {@code report}.
 */
package io.modelgate.validation;
