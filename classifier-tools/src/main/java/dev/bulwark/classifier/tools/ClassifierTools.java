package dev.bulwark.classifier.tools;

import java.util.Arrays;

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
                case "spam-dataset" -> SpamDatasetCommand.run(CommandOptions.parse(rest));
                case "train-spam" -> TrainSpamCommand.run(CommandOptions.parse(rest));
                case "evaluate-spam" -> EvaluateSpamCommand.run();
                default -> {
                    System.err.println("unknown command: " + args[0]);
                    usage();
                    System.exit(2);
                }
            }
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            usage();
            System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("""
                usage: classifier <command> [options]
                  spam-dataset --split train|tune|test --out FILE.jsonl   one split of the spam corpus as JSONL
                  train-spam [--out DIR]                                  train the spam model (default: over the shipped one)
                  evaluate-spam                                           held-out spam figures of the shipped classifier""");
    }
}
