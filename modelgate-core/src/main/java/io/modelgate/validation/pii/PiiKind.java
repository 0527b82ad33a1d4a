package io.modelgate.validation.pii;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A kind of personal data the scanner recognises, with its label in schema files and, for the documentation, what
 * matches, the checksum that confirms a match and how examples are masked. Every kind but {@link #NAME} is
 * recognised from values ({@link PiiDetector}); {@code NAME} from the column name ({@link PiiHeaders}).
 */
public enum PiiKind {
    /** An email address. */
    EMAIL(
            "email",
            "email addresses",
            "The whole value (blanks around it ignored) is `local@domain`: exactly one `@`; a local part of 1-64"
                    + " characters from letters, digits and ``!#$%&'*+/=?^_`{|}~-`` with single dots between them;"
                    + " a domain of at most 253 characters with at least two dot-separated labels of 1-63 letters,"
                    + " digits or inner hyphens, the last label (top-level domain) 2 or more letters. Quoted local"
                    + " parts, IP literals and non-ASCII addresses are not recognised.",
            "none",
            "first character of the local part, `***@`, first character of the domain, `***.`, top-level domain:"
                    + " `j***@e***.com`"),
    /** A telephone number. */
    PHONE(
            "phone",
            "phone numbers",
            "Digits with single separators (space, `-`, `.`) between groups and at most one group in parentheses,"
                    + " nothing else. International: a leading `+`, first digit 1-9, 8-15 digits in all (E.164)."
                    + " National: no `+`, 10-12 digits, and either the first group in parentheses or at least three"
                    + " groups. A national value shaped like a number with thousands separators (a first group of"
                    + " 1-3 digits followed only by groups of exactly 3) is not a phone, and neither is a value that"
                    + " is an IPv4 address. Digits without any separator are never a phone.",
            "none",
            "every digit but the last two becomes `*`; `+`, separators and parentheses stay: `+** ** **** **58`"),
    /** A payment card number (primary account number). */
    PAYMENT_CARD(
            "payment_card",
            "payment card numbers",
            "13-19 digits, optionally in groups separated by single spaces or hyphens, starting with a known"
                    + " issuer prefix: 4 (Visa); 51-55, 2221-2720 (Mastercard); 34, 37 (American Express); 300-305,"
                    + " 36, 38-39 (Diners Club); 3528-3589 (JCB); 6011, 644-649, 65 (Discover); 62 (UnionPay);"
                    + " 50, 56-58, 63, 67 (Maestro).",
            "Luhn (ISO/IEC 7812-1 Annex B): the digit sum with every second digit from the right doubled is a"
                    + " multiple of 10",
            "every digit but the last four becomes `*`; separators stay: `**** **** **** 1111`"),
    /** An international bank account number. */
    IBAN(
            "iban",
            "IBANs",
            "Two letters of a country in the SWIFT IBAN registry, two check digits (02-98), then letters and"
                    + " digits, optionally in groups separated by single spaces; the length without spaces is the"
                    + " registry's length for that country (e.g. DE 22, GB 22, FR 27). Letters in any case.",
            "ISO 13616 / ISO 7064 MOD 97-10: with the first four characters moved to the end and letters"
                    + " replaced by 10-35, the number modulo 97 is 1",
            "the country code and the last four characters stay, every other letter or digit becomes `*`, spaces"
                    + " stay: `DE** **** **** **** **30 00`"),
    /** A United States social security number. */
    US_SSN(
            "ssn",
            "US social security numbers",
            "Exactly `AAA-GG-SSSS` (digits, hyphens) with the numbers the Social Security Administration never"
                    + " issues excluded: area 000, 666 or 900-999; group 00; serial 0000. Nine digits without"
                    + " hyphens are not recognised (they look like any other identifier).",
            "none (SSNs have no check digit)",
            "`***-**-` and the serial: `***-**-6789`"),
    /** An IPv4 address. */
    IPV4(
            "ipv4",
            "IPv4 addresses",
            "Four decimal octets 0-255 separated by dots, without leading zeros (`010.0.0.1` is not one); no"
                    + " port, no prefix length. Version numbers such as `1.2.3.4` look the same and are matched.",
            "none",
            "the first octet, then `.*.*.*`: `192.*.*.*`"),
    /** An IPv6 address. */
    IPV6(
            "ipv6",
            "IPv6 addresses",
            "RFC 4291 text form: eight groups of 1-4 hexadecimal digits separated by `:`, or fewer with exactly one"
                    + " `::`; the last two groups may be a dotted IPv4 address. No brackets, zone or prefix length."
                    + " Times such as `10:30:00` and MAC addresses have too few groups and do not match.",
            "none",
            "the text before the first `:`, then `:*`: `2001:*`"),
    /** A person's name, recognised from the column name. */
    NAME(
            "name",
            "person names",
            "Recognised from the column name, not from values (see Column names below): every non-missing value"
                    + " of such a column counts as a match.",
            "none",
            "the first character, then `***`: `A***`");

    private static final PiiKind[] VALUES = values();

    private final String label;
    private final String noun;
    private final String rule;
    private final String checksum;
    private final String masking;

    PiiKind(final String label, final String noun, final String rule, final String checksum, final String masking) {
        this.label = label;
        this.noun = noun;
        this.rule = rule;
        this.checksum = checksum;
        this.masking = masking;
    }

    /**
     * Parses a kind by its label as written in schema files, ignoring case and surrounding blanks.
     *
     * @param text the label, e.g. {@code payment_card}
     * @return the kind
     * @throws IllegalArgumentException when no kind has that label; the message lists the labels
     */
    public static PiiKind parse(final String text) {
        String label = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(VALUES)
                .filter(kind -> kind.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown pii kind '" + text + "': expected one of "
                        + Arrays.stream(VALUES).map(PiiKind::label).collect(Collectors.joining(", "))));
    }

    static PiiKind at(final int ordinal) {
        return VALUES[ordinal];
    }

    static int count() {
        return VALUES.length;
    }

    /** @return the label written in schema files, e.g. {@code email} */
    public String label() {
        return label;
    }

    /** @return the plural noun used in messages, e.g. {@code email addresses} */
    public String noun() {
        return noun;
    }

    /** @return exactly which values (or column names) match, in Markdown */
    public String rule() {
        return rule;
    }

    /** @return the checksum that confirms a match, or {@code none}, in Markdown */
    public String checksum() {
        return checksum;
    }

    /** @return how examples of this kind are masked, in Markdown */
    public String masking() {
        return masking;
    }

    /** @return whether the kind is recognised from the column name rather than from values */
    public boolean isHeaderBased() {
        return this == NAME;
    }
}
