package dev.bulwark.action.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String BODY = "{\"id\":\"d-1\",\"type\":\"action.enforced\"}";

    @Test
    void shouldMatchTheKnownAnswer() {
        // Computed independently: HMAC-SHA256(key "whsec_test", "1700000000." + body), hex.
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY))
                .isEqualTo("v1=363560d2dc4119306a716dc75ccfd68aaab9e036f2394c46622d466a3a4e3ef3");
    }

    @Test
    void shouldChangeWithTheTimestampTheBodyAndTheSecret() {
        String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY);

        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_001L, BODY)).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY + " ")).isNotEqualTo(signature);
        assertThat(WebhookSignature.sign("whsec_other", 1_700_000_000L, BODY)).isNotEqualTo(signature);
    }
}
