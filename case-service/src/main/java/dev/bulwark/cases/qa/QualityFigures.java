package dev.bulwark.cases.qa;

import dev.bulwark.cases.qa.QualityReport.AutomationFigures;
import dev.bulwark.cases.qa.QualityReport.CategoryFigures;
import dev.bulwark.cases.qa.QualityReport.ReviewerFigures;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Folds verified QA samples, appeals and automation counts of a window into its quality report. */
public final class QualityFigures {

    private QualityFigures() {}

    /**
     * @param reviewSamples reviewers' decisions sampled in the window
     * @param verified QA samples verified in the window, of both origins
     * @param automatedAppeals resolved appeals of automated actions (upheld = confirmed)
     * @param enforced automatic enforcements offered for QA in the window
     * @param automationSampled those of them sampled
     */
    public static QualityReport of(QualityWindow window, long reviewSamples, List<VerifiedGroup> verified,
            Tally automatedAppeals, long enforced, long automationSampled) {
        CohenKappa kappa = new CohenKappa();
        Counter all = new Counter();
        Map<String, Counter> byReviewer = new TreeMap<>();
        Map<String, Counter> byCategory = new HashMap<>();
        Tally fromQa = Tally.NONE;
        for (VerifiedGroup group : verified) {
            if (group.origin() == QaOrigin.AUTOMATED) {
                fromQa = fromQa.plus(group.overturned() ? new Tally(0, group.count()) : new Tally(group.count(), 0));
                continue;
            }
            kappa.add(group.original().label(), group.qa().label(), group.count());
            all.add(group);
            byReviewer.computeIfAbsent(group.originalReviewer(), any -> new Counter()).add(group);
            byCategory.computeIfAbsent(group.category(), any -> new Counter()).add(group);
        }
        List<ReviewerFigures> reviewers = byReviewer.entrySet().stream()
                .map(e -> new ReviewerFigures(e.getKey(), e.getValue().rate()))
                .toList();
        List<CategoryFigures> categories = byCategory.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.<String>naturalOrder())))
                .map(e -> new CategoryFigures(e.getKey(), e.getValue().rate()))
                .toList();
        return new QualityReport(window, reviewSamples, all.rate(), kappa.value(), reviewers, categories,
                new AutomationFigures(enforced, automationSampled, fromQa, automatedAppeals));
    }

    private static final class Counter {
        private long verified;
        private long overturned;

        void add(VerifiedGroup group) {
            verified += group.count();
            overturned += group.overturned() ? group.count() : 0;
        }

        Rate rate() {
            return new Rate(overturned, verified);
        }
    }
}
