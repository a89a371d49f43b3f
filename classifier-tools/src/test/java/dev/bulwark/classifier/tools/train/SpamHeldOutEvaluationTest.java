package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.tools.dataset.Split;
import dev.bulwark.classifier.tools.dataset.TestCorpus;
import org.junit.jupiter.api.Test;

class SpamHeldOutEvaluationTest {

    @Test
    void shouldMeetTheSpamTargetsOnTheHeldOutSplit() {
        SpamHeldOutEvaluation.Report report = SpamHeldOutEvaluation.evaluate(TestCorpus.spam().part(Split.TEST));
        System.out.println("held-out spam @ review: " + report.classifierAtReview());
        System.out.println("held-out spam @ block:  " + report.classifierAtBlock());

        assertThat(report.count()).isEqualTo(767);
        assertThat(report.classifierAtReview().precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.classifierAtReview().recall()).isGreaterThanOrEqualTo(0.97);
    }
}
