package io.modelgate.validation.pii;

import java.util.Map;
import java.util.TreeMap;

/**
 * Recognises an international bank account number (ISO 13616): a country of the SWIFT IBAN registry, the length
 * the registry gives for it, and the ISO 7064 MOD 97-10 check. Spaces between groups are allowed.
 */
final class Iban {
    private static final int LETTERS = 26;
    private static final int[] LENGTHS = new int[LETTERS * LETTERS];
    private static final int MODULUS = 97;
    private static final int HEADER = 4;

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18"
                + " DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23"
                + " IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31"
                + " MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24"
                + " SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        for (String entry : table.split(" ")) {
            LENGTHS[index(entry.charAt(0), entry.charAt(1))] = Integer.parseInt(entry.substring(2));
        }
    }

    private Iban() {}

    /** @return the registry's IBAN length of every country, by country code */
    static Map<String, Integer> lengths() {
        Map<String, Integer> lengths = new TreeMap<>();
        for (int i = 0; i < LENGTHS.length; i++) {
            if (LENGTHS[i] > 0) {
                lengths.put("" + (char) ('A' + i / LETTERS) + (char) ('A' + i % LETTERS), LENGTHS[i]);
            }
        }
        return lengths;
    }

    /**
     * Returns whether {@code value[from, to)} is an IBAN.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for an IBAN of a registry country with the right length and check digits
     */
    static boolean matches(final String value, final int from, final int to) {
        if (to - from < HEADER || !isLetter(value.charAt(from)) || !isLetter(value.charAt(from + 1))) {
            return false;
        }
        int expected = LENGTHS[index(value.charAt(from), value.charAt(from + 1))];
        int check = digit(value.charAt(from + 2)) * 10 + digit(value.charAt(from + 3));
        if (expected == 0 || check < 2 || check > 98) {
            return false;
        }
        int length = HEADER;
        int remainder = 0;
        boolean afterSpace = false;
        for (int i = from + HEADER; i < to; i++) {
            char c = value.charAt(i);
            if (c == ' ' && !afterSpace) {
                afterSpace = true;
                continue;
            }
            int number = value(c);
            if (number < 0 || ++length > expected) {
                return false;
            }
            remainder = append(remainder, number);
            afterSpace = false;
        }
        for (int i = from; i < from + HEADER; i++) {
            remainder = append(remainder, value(value.charAt(i)));
        }
        return !afterSpace && length == expected && remainder == 1;
    }

    private static int append(final int remainder, final int number) {
        return (number < 10 ? remainder * 10 + number : remainder * 100 + number) % MODULUS;
    }

    private static int value(final char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return isLetter(c) ? Character.toUpperCase(c) - 'A' + 10 : -1;
    }

    private static int digit(final char c) {
        return c >= '0' && c <= '9' ? c - '0' : -100;
    }

    private static boolean isLetter(final char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static int index(final char first, final char second) {
        return (Character.toUpperCase(first) - 'A') * LETTERS + Character.toUpperCase(second) - 'A';
    }
}
