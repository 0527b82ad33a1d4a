package io.modelgate.validation.pii;

import java.util.Optional;
import java.util.Set;

/**
 * Recognises columns that hold person names from their names. A column name is normalised (camelCase split,
 * lower case, spaces, hyphens and dots turned into underscores) and matches when it is one of {@link #NAMES}, or
 * one of them after a person prefix of {@link #PERSON_PREFIXES} (e.g. {@code customer_last_name},
 * {@code patientName}). Names of things ({@code product_name}, {@code file_name}) do not match.
 */
public final class PiiHeaders {
    /** Column names, normalised, that hold a person's name. */
    public static final Set<String> NAMES = Set.of(
            "name",
            "first_name",
            "firstname",
            "fname",
            "given_name",
            "givenname",
            "forename",
            "middle_name",
            "middlename",
            "last_name",
            "lastname",
            "lname",
            "surname",
            "family_name",
            "familyname",
            "maiden_name",
            "birth_name",
            "full_name",
            "fullname");

    /** Words that, followed by {@code _} and one of {@link #NAMES}, still name a person's name. */
    public static final Set<String> PERSON_PREFIXES = Set.of(
            "customer",
            "client",
            "patient",
            "user",
            "employee",
            "applicant",
            "contact",
            "member",
            "person",
            "holder",
            "cardholder",
            "account_holder",
            "owner",
            "student",
            "borrower",
            "guarantor",
            "beneficiary",
            "recipient",
            "sender",
            "driver",
            "passenger",
            "mother",
            "father",
            "spouse");

    private PiiHeaders() {}

    /**
     * Returns the header-based kind of personal data a column name stands for.
     *
     * @param columnName the column's name as in the header
     * @return {@link PiiKind#NAME} for a name-like column, otherwise empty
     */
    public static Optional<PiiKind> kindFor(final String columnName) {
        String name = normalise(columnName);
        if (NAMES.contains(name)) {
            return Optional.of(PiiKind.NAME);
        }
        for (String prefix : PERSON_PREFIXES) {
            if (name.startsWith(prefix + "_") && NAMES.contains(name.substring(prefix.length() + 1))) {
                return Optional.of(PiiKind.NAME);
            }
        }
        return Optional.empty();
    }

    static String normalise(final String columnName) {
        StringBuilder name = new StringBuilder();
        String text = columnName.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
                name.append('_');
            }
            name.append(c == ' ' || c == '-' || c == '.' ? '_' : Character.toLowerCase(c));
        }
        return name.toString().replaceAll("_+", "_");
    }
}
