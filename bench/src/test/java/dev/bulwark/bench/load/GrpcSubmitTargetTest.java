package dev.bulwark.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import org.junit.jupiter.api.Test;

class GrpcSubmitTargetTest {

    @Test
    void labelNamesTheVerdictAndWhatIntakeDidAboutIt() {
        assertThat(GrpcSubmitTarget.label(SubmitResponse.newBuilder().setVerdict(Verdict.VERDICT_ALLOW).build()))
                .isEqualTo("ALLOW");
        assertThat(GrpcSubmitTarget.label(SubmitResponse.newBuilder().setVerdict(Verdict.VERDICT_REVIEW).setCaseId("c1").build()))
                .isEqualTo("REVIEW +case");
        assertThat(GrpcSubmitTarget.label(SubmitResponse.newBuilder().setVerdict(Verdict.VERDICT_BLOCK).addActionIds("a1")
                .build())).isEqualTo("BLOCK +action");
        assertThat(GrpcSubmitTarget.label(SubmitResponse.newBuilder().setVerdict(Verdict.VERDICT_REVIEW).setFallback(true)
                .build())).isEqualTo("REVIEW fallback");
    }
}
