package dev.bulwark.cases.qa.rest;

import dev.bulwark.cases.qa.Rate;
import dev.bulwark.cases.qa.Tally;
import dev.bulwark.cases.qa.QualityReport;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Quality figures of a window, with the counts behind every rate; a rate is null when nothing was counted. */
@Schema(description = "Quality figures of a time window")
public record QualityJson(
        WindowJson window,
        @Schema(description = "Reviewers' decisions sampled for QA in the window", example = "120") long samples,
        @Schema(description = "Reviewers' decisions QA verified in the window", example = "96") long verified,
        @Schema(description = "Of those, how many QA overturned", example = "7") long overturned,
        @Schema(description = "Cohen's kappa between reviewers and QA over the labels (the category when violating, "
                + "NOT_VIOLATING otherwise); null without verified samples or with a single label throughout",
                nullable = true, example = "0.87") Double kappa,
        @Schema(description = "overturned / verified", nullable = true, example = "0.073") Double overturnRate,
        List<ReviewerJson> byReviewer,
        @Schema(description = "By the checked decision's category, else the case's") List<CategoryJson> byCategory,
        AutomationJson automation) {

    static QualityJson of(QualityReport report) {
        return new QualityJson(
                new WindowJson(report.window().from(), report.window().to()),
                report.samples(),
                report.overturns().whole(),
                report.overturns().part(),
                report.kappa(),
                report.overturns().value(),
                report.byReviewer().stream().map(r -> new ReviewerJson(r.reviewer(), r.overturns())).toList(),
                report.byCategory().stream().map(c -> new CategoryJson(c.category(), c.overturns())).toList(),
                AutomationJson.of(report.automation()));
    }

    /** From inclusive, to exclusive. */
    public record WindowJson(@Schema(example = "2026-11-01T00:00:00Z") Instant from, @Schema(example = "2026-12-01T00:00:00Z") Instant to) {}

    public record ReviewerJson(@Schema(example = "ana") String reviewer, long verified, long overturned,
            @Schema(nullable = true, example = "0.05") Double overturnRate) {

        ReviewerJson(String reviewer, Rate overturns) {
            this(reviewer, overturns.whole(), overturns.part(), overturns.value());
        }
    }

    public record CategoryJson(@Schema(nullable = true, example = "harassment") String category, long verified,
            long overturned, @Schema(nullable = true, example = "0.1") Double overturnRate) {

        CategoryJson(String category, Rate overturns) {
            this(category, overturns.whole(), overturns.part(), overturns.value());
        }
    }

    /**
     * Automatic enforcements: offered for QA and sampled in the window, and how many were confirmed or
     * overturned by QA verdicts and by resolved appeals in the window.
     */
    public record AutomationJson(
            @Schema(description = "Automatic enforcements offered for QA in the window", example = "5000") long enforced,
            @Schema(description = "Of those, sampled for QA", example = "100") long sampled,
            @Schema(description = "Confirmed by QA (agreed) or an appeal (upheld)", example = "90") long confirmed,
            @Schema(description = "Overturned by QA or an appeal", example = "4") long overturned,
            @Schema(description = "confirmed / (confirmed + overturned)", nullable = true, example = "0.957") Double precision,
            TallyJson fromQa,
            TallyJson fromAppeals) {

        static AutomationJson of(QualityReport.AutomationFigures automation) {
            Tally checked = automation.checked();
            return new AutomationJson(automation.enforced(), automation.sampled(), checked.confirmed(), checked.overturned(),
                    automation.precision().value(), TallyJson.of(automation.fromQa()), TallyJson.of(automation.fromAppeals()));
        }
    }

    public record TallyJson(long confirmed, long overturned, @Schema(nullable = true) Double precision) {

        static TallyJson of(Tally tally) {
            return new TallyJson(tally.confirmed(), tally.overturned(), tally.precision().value());
        }
    }
}
