package io.modelgate.validation.pii;

/** Recognises IPv4 addresses (dotted decimal) and IPv6 addresses (RFC 4291 text form) by linear scans. */
final class IpAddress {
    private static final int IPV4_OCTETS = 4;
    private static final int MAX_OCTET = 255;
    private static final int IPV6_GROUPS = 8;
    private static final int MAX_HEX_DIGITS = 4;

    private IpAddress() {}

    /**
     * Returns whether {@code value[from, to)} is an IPv4 address: four octets 0-255 without leading zeros.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for an IPv4 address
     */
    static boolean isIpv4(final String value, final int from, final int to) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int start = i;
            int octet = 0;
            while (i < to && i - start < 4 && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
                octet = octet * 10 + (value.charAt(i) - '0');
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 3 || octet > MAX_OCTET || length > 1 && value.charAt(start) == '0') {
                return false;
            }
            octets++;
            if (i < to) {
                if (value.charAt(i) != '.' || octets == IPV4_OCTETS || i == to - 1) {
                    return false;
                }
                i++;
            }
        }
        return octets == IPV4_OCTETS;
    }

    /**
     * Returns whether {@code value[from, to)} is an IPv6 address: eight groups of 1-4 hexadecimal digits, or fewer
     * with one {@code ::}, the last two groups optionally written as an IPv4 address.
     *
     * @param value the text
     * @param from the first character
     * @param to the end, exclusive
     * @return true for an IPv6 address
     */
    static boolean isIpv6(final String value, final int from, final int to) {
        int groups = 0;
        boolean compressed = false;
        int i = from;
        if (to - from >= 2 && value.charAt(i) == ':' && value.charAt(i + 1) == ':') {
            compressed = true;
            i += 2;
        }
        while (i < to) {
            int start = i;
            while (i < to && i - start <= MAX_HEX_DIGITS && isHex(value.charAt(i))) {
                i++;
            }
            if (i < to && value.charAt(i) == '.') {
                return isIpv4(value, start, to) && (compressed ? groups <= IPV6_GROUPS - 3 : groups == 6);
            }
            if (i == start || i - start > MAX_HEX_DIGITS) {
                return false;
            }
            groups++;
            if (i < to) {
                if (value.charAt(i) != ':' || i == to - 1) {
                    return false;
                }
                i++;
                if (value.charAt(i) == ':') {
                    if (compressed) {
                        return false;
                    }
                    compressed = true;
                    i++;
                }
            }
        }
        return compressed ? groups > 0 && groups < IPV6_GROUPS : groups == IPV6_GROUPS;
    }

    private static boolean isHex(final char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
