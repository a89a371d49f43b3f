package dev.bulwark.classifier.tools;

import dev.bulwark.classifier.tools.bench.BenchCommand;
import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.cli.UsageException;
import dev.bulwark.classifier.tools.evaluate.EvaluateCommand;
import dev.bulwark.classifier.tools.evaluate.InvalidInputException;
import dev.bulwark.classifier.tools.images.PdqBenchmark;
import dev.bulwark.classifier.tools.obfuscation.ObfuscationSetCommand;
import dev.bulwark.policy.InvalidPolicyException;
import java.util.Arrays;
import java.util.Set;

/** Entry point of the classifier commands: {@code classifier <command> [options]}. */
public final class ClassifierTools {

    private ClassifierTools() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            switch (args[0]) {
                case "evaluate" -> new EvaluateCommand(System.out).run(rest);
                case "obfuscation-set" -> new ObfuscationSetCommand(System.out).run(rest);
                case "bench" -> new BenchCommand(System.out).run(rest);
                case "spam-dataset" -> SpamDatasetCommand.run(Options.parse(rest, Set.of("split", "out"), Set.of()));
                case "train-spam" -> TrainSpamCommand.run(Options.parse(rest, Set.of("out"), Set.of()));
                case "evaluate-spam" -> EvaluateSpamCommand.run();
                case "pdq-bench" -> PdqBenchmark.run(rest);
                default -> {
                    System.err.println("unknown command: " + args[0]);
                    usage();
                    System.exit(2);
                }
            }
        } catch (UsageException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            usage();
            System.exit(2);
        } catch (InvalidInputException | InvalidPolicyException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: classifier <command> [options]");
        System.err.println("  " + EvaluateCommand.USAGE);
        System.err.println("  " + ObfuscationSetCommand.USAGE);
        System.err.println("  " + BenchCommand.USAGE);
        System.err.println("  spam-dataset --split train|tune|test --out FILE.jsonl   one split of the spam corpus as JSONL");
        System.err.println("  train-spam [--out DIR]                                  train the spam model (default: over the shipped one)");
        System.err.println("  evaluate-spam                                           held-out spam figures of the shipped classifier");
        System.err.println("  pdq-bench [rounds]                                      time image hashing and hash-bank matching");
    }
}
