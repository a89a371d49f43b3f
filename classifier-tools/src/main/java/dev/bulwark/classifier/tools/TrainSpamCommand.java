package dev.bulwark.classifier.tools;

import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.dataset.DatasetCache;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.SpamAssassinCorpus;
import dev.bulwark.classifier.tools.dataset.SpamDataset;
import dev.bulwark.classifier.tools.train.SpamModelTraining;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code train-spam [--out dir]}: trains the spam model and writes its artifact, by default over the
 * one shipped in the engine. Same data and recipe give the same bytes.
 */
final class TrainSpamCommand {

    static final Path DEFAULT_OUT = Path.of("classifier-engine", "src", "main", "resources", "models", "spam");

    private TrainSpamCommand() {}

    static void run(Options options) throws Exception {
        Path out = options.value("out").map(Path::of).orElse(DEFAULT_OUT);
        System.out.println("corpus: " + SpamAssassinCorpus.PACKAGE);
        SpamModelTraining.Result result = SpamModelTraining.train(SpamDataset.load(DatasetCache.fromEnvironment()));
        result.artifact().write(out);
        System.out.println("train: " + counts(result.train()));
        System.out.println("tune:  " + counts(result.tune()));
        System.out.printf(Locale.ROOT, "trained in %.1f s; training ids sha256 %s%n",
                result.took().toMillis() / 1000.0, result.artifact().descriptor().trainingIdsSha256());
        System.out.printf(Locale.ROOT, "calibration: a=%s b=%s%n",
                result.artifact().descriptor().calibration().a(), result.artifact().descriptor().calibration().b());
        System.out.printf(Locale.ROOT, "tune @ review %.2f: %s%n", result.threshold().review(), result.atReview());
        System.out.printf(Locale.ROOT, "tune @ block  %.2f: %s%n", result.threshold().block(), result.atBlock());
        System.out.println("written to " + out.toAbsolutePath().normalize());
    }

    private static String counts(List<LabelledText> texts) {
        long spam = texts.stream().filter(LabelledText::spam).count();
        return texts.size() + " messages (" + spam + " spam, " + (texts.size() - spam) + " ham)";
    }
}
