package dev.bulwark.classifier.tools.evaluate;

import dev.bulwark.classifier.tools.cli.TextTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints an evaluation as aligned text: per level a table of every category (n/a where a figure has
 * no denominator), then a one-line-per-variant summary and the variants' own tables, which leave out
 * the categories a variant neither labels nor predicts.
 */
public final class ReportTable {

    private static final String NA = "n/a";

    public void print(EvaluationReport report, PrintStream out) {
        out.printf("Evaluated %d rows: policy %s, surface %s%n", report.rows(), report.policyVersion(), report.surface());
        out.println("Models: " + String.join(", ", report.modelVersions()));
        out.println("A category counts as predicted at a level when its score reaches the surface's threshold for it.");
        for (LevelMetrics level : report.all().levels()) {
            out.printf("%nAll rows at %s thresholds%n", level.level());
            categoryTable(level, false).print(out);
        }
        if (report.variants().isEmpty()) {
            return;
        }
        out.printf("%nPer variant (macro averages over the categories each variant labels or predicts)%n");
        variantSummary(report.variants()).print(out);
        for (SliceMetrics variant : report.variants()) {
            for (LevelMetrics level : variant.levels()) {
                out.printf("%nVariant %s (%d rows) at %s thresholds%n", variant.name(), variant.rows(), level.level());
                categoryTable(level, true).print(out);
            }
        }
    }

    private static TextTable categoryTable(LevelMetrics level, boolean observedOnly) {
        TextTable table = new TextTable("category", "support", "predicted", "precision", "95% CI", "recall", "95% CI",
                "F1", "FPR");
        for (CategoryMetrics m : level.categories()) {
            if (!observedOnly || m.observed()) {
                table.row(m.category(), Long.toString(m.support()), Long.toString(m.predicted()),
                        figure(m.precision()), interval(m.precisionInterval()), figure(m.recall()),
                        interval(m.recallInterval()), figure(m.f1()), figure(m.falsePositiveRate()));
            }
        }
        Averages averages = level.averages();
        table.row("macro (" + averages.categories() + " categories)", "", "", figure(averages.macroPrecision()), "",
                figure(averages.macroRecall()), "", figure(averages.macroF1()), figure(averages.macroFalsePositiveRate()));
        CategoryMetrics micro = averages.micro();
        table.row(Averages.MICRO, Long.toString(micro.support()), Long.toString(micro.predicted()),
                figure(micro.precision()), interval(micro.precisionInterval()), figure(micro.recall()),
                interval(micro.recallInterval()), figure(micro.f1()), figure(micro.falsePositiveRate()));
        return table;
    }

    private static TextTable variantSummary(List<SliceMetrics> variants) {
        TextTable table = new TextTable("variant", "rows", "REVIEW P", "R", "F1", "micro R", "FPR", "BLOCK P", "R", "F1",
                "micro R", "FPR");
        for (SliceMetrics variant : variants) {
            Averages review = variant.at(Level.REVIEW).averages();
            Averages block = variant.at(Level.BLOCK).averages();
            table.row(variant.name(), Long.toString(variant.rows()),
                    figure(review.macroPrecision()), figure(review.macroRecall()), figure(review.macroF1()),
                    figure(review.micro().recall()), figure(review.micro().falsePositiveRate()),
                    figure(block.macroPrecision()), figure(block.macroRecall()), figure(block.macroF1()),
                    figure(block.micro().recall()), figure(block.micro().falsePositiveRate()));
        }
        return table;
    }

    static String figure(Double value) {
        return value == null ? NA : String.format(Locale.ROOT, "%.3f", value);
    }

    static String interval(WilsonInterval interval) {
        return interval == null ? NA : String.format(Locale.ROOT, "[%.3f, %.3f]", interval.lower(), interval.upper());
    }
}
