package dev.bulwark.action.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryVerdictTest {

    @ParameterizedTest
    @CsvSource({
        "200, DELIVERED", "202, DELIVERED", "204, DELIVERED",
        "500, RETRY", "502, RETRY", "503, RETRY", "408, RETRY", "429, RETRY",
        "301, REJECTED", "400, REJECTED", "401, REJECTED", "404, REJECTED", "410, REJECTED"
    })
    void shouldRetryOnlyWhatMaySucceedLater(int status, DeliveryVerdict verdict) {
        assertThat(DeliveryVerdict.of(status)).isEqualTo(verdict);
    }
}
