package io.modelgate.validation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {
    @Test
    void shouldAgreeWithPythonsIpaddressModule() {
        List<String[]> rows = Fixtures.tsv(IpAddressTest.class, "addresses.tsv");

        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(rows).allSatisfy(row -> {
            String value = row[0];
            assertThat(IpAddress.isIpv4(value, 0, value.length())).as(value).isEqualTo(row[1].equals("ipv4"));
            assertThat(IpAddress.isIpv6(value, 0, value.length())).as(value).isEqualTo(row[1].equals("ipv6"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1::", "::1", "fe80::1", "2001:db8:0:0:0:0:2:1", "::ffff:192.0.2.1", "1:2:3:4:5:6:7::"})
    void shouldRecogniseCompressedIpv6(final String value) {
        assertThat(IpAddress.isIpv6(value, 0, value.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"::", "10:30:00", "00:1A:2B:3C:4D:5E", "1:::2", "1::2::3", "12345::1", "fe80::1%eth0", "1:2"})
    void shouldRejectTimesMacAddressesAndBrokenIpv6(final String value) {
        assertThat(IpAddress.isIpv6(value, 0, value.length())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.4.", ".1.2.3.4"})
    void shouldRejectBrokenIpv4(final String value) {
        assertThat(IpAddress.isIpv4(value, 0, value.length())).isFalse();
    }
}
