package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of mistake a policy author can make is refused with the path to the field and what is wrong. */
class PolicyValidationTest {

    private static final String VALID = """
            version: "v-1"
            categories:
              - { id: spam, severity: LOW }
              - { id: hate, severity: HIGH }
            surfaces:
              - id: chat
                failure-mode: REVIEW
                thresholds:
                  default: { review: 0.5, block: 0.9, auto-enforce: true }
                  spam: { review: 0.6, block: 0.9, auto-enforce: true }
            routing:
              default-queue: general
              queues:
                - { id: abuse, sla-minutes: 60, categories: [hate] }
                - { id: general, sla-minutes: 1440, categories: [] }
              rules:
                - { queue: abuse, languages: [de], surfaces: [chat] }
            enforcement:
              strike-window-days: 90
              strike-weights: { LOW: 1, HIGH: 3 }
              organization:
                accounts-threshold: 3
                ladder:
                  - { strikes: 1, action: RESTRICT, duration: P7D, features: [api] }
                  - { strikes: 2, action: BAN }
              default-ladder:
                - { strikes: 1, action: WARN }
                - { strikes: 2, action: SUSPEND, duration: P7D }
              ladders:
                hate:
                  - { strikes: 1, action: BAN }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing version                | 'version: \"v-1\"'                                | 'version: \"\"'                                       | $.version                                | is required
            duplicate category             | '- { id: hate, severity: HIGH }'                  | '- { id: spam, severity: HIGH }'                      | $.categories[1].id                       | duplicate category 'spam'
            missing severity               | '- { id: hate, severity: HIGH }'                  | '- { id: hate }'                                      | $.categories[1].severity                 | is required
            unknown category in thresholds | 'spam: { review: 0.6'                             | 'scam: { review: 0.6'                                 | $.surfaces[0].thresholds.scam            | unknown category 'scam'
            review above block             | 'spam: { review: 0.6, block: 0.9'                 | 'spam: { review: 0.95, block: 0.9'                    | $.surfaces[0].thresholds.spam.review     | REVIEW threshold 0.95 is above BLOCK threshold 0.9
            threshold out of range         | 'spam: { review: 0.6, block: 0.9'                 | 'spam: { review: 0.6, block: 1.5'                     | $.surfaces[0].thresholds.spam            | thresholds must lie in [0, 1]
            missing default threshold      | 'default: { review: 0.5, block: 0.9, auto-enforce: true }' | 'hate: { review: 0.5, block: 0.9, auto-enforce: true }' | $.surfaces[0].thresholds.default | is required
            missing failure mode           | 'failure-mode: REVIEW'                            | 'description: no failure mode'                        | $.surfaces[0].failure-mode               | is required (REVIEW or BLOCK)
            unknown routed category        | 'categories: [hate]'                              | 'categories: [hat]'                                   | $.routing.queues[0].categories           | unknown category 'hat'
            default queue missing          | 'default-queue: general'                          | 'default-queue: elsewhere'                            | $.routing.default-queue                  | names no queue: 'elsewhere'
            sla not positive               | 'sla-minutes: 60'                                 | 'sla-minutes: 0'                                      | $.routing.queues[0].sla-minutes          | must be positive
            reserved queue id              | '- { id: abuse, sla-minutes: 60'                  | '- { id: appeals, sla-minutes: 60'                    | $.routing.queues[0].id                   | is reserved for the review workflow
            rule to unknown queue          | '- { queue: abuse, languages'                      | '- { queue: abuze, languages'                         | $.routing.rules[0].queue                 | names no queue: 'abuze'
            rule without conditions        | '{ queue: abuse, languages: [de], surfaces: [chat] }' | '{ queue: abuse }'                                | $.routing.rules[0]                       | needs at least one condition
            rule on unknown surface        | 'surfaces: [chat] }'                              | 'surfaces: [chta] }'                                  | $.routing.rules[0].surfaces              | unknown surface 'chta'
            strike window not positive     | 'strike-window-days: 90'                          | 'strike-window-days: 0'                               | $.enforcement.strike-window-days         | must be positive
            missing ladder                 | '- { strikes: 1, action: BAN }'                   | ''                                                    | $.enforcement.ladders.hate               | must not be empty
            ladder for unknown category    | '    hate:'                                       | '    hat:'                                            | $.enforcement.ladders.hat                | unknown category 'hat'
            strikes not increasing         | '- { strikes: 2, action: SUSPEND'                 | '- { strikes: 1, action: SUSPEND'                     | $.enforcement.default-ladder[1].strikes  | must be greater than the previous step's
            suspension without duration    | '{ strikes: 2, action: SUSPEND, duration: P7D }'  | '{ strikes: 2, action: SUSPEND }'                     | $.enforcement.default-ladder[1].duration | SUSPEND needs a duration
            unknown field                  | 'default-queue: general'                          | 'default-queu: general'                               | $.routing.default-queu                   | unknown field
            weight below one               | 'HIGH: 3 }'                                       | 'HIGH: 0 }'                                           | $.enforcement.strike-weights.HIGH        | must be at least 1
            unknown severity weight        | 'HIGH: 3 }'                                       | 'HUGE: 3 }'                                           | $.enforcement.strike-weights             | HUGE
            org threshold below one        | 'accounts-threshold: 3'                           | 'accounts-threshold: 0'                               | $.enforcement.organization.accounts-threshold | must be at least 1
            org ladder not increasing      | '- { strikes: 2, action: BAN }'                   | '- { strikes: 1, action: BAN }'                       | $.enforcement.organization.ladder[1].strikes | must be greater than the previous step's
            missing number                 | 'strike-window-days: 90'                          | 'strike-window-dayz: 90'                              | $.enforcement.strike-window-days         | is required
            """)
    void shouldRefuseEachKindOfMistakeWithItsPath(String kind, String valid, String broken, String path, String message) {
        String yaml = VALID.replace(valid, broken);
        if (yaml.equals(VALID)) {
            throw new IllegalArgumentException("test case does not change the document: " + kind);
        }

        assertThatThrownBy(() -> PolicyLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "policies/test.yaml"))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.violations()).anySatisfy(v -> {
                    assertThat(v.source()).isEqualTo("policies/test.yaml");
                    assertThat(v.path()).isEqualTo(path);
                    assertThat(v.message()).contains(message);
                }));
    }
}
