package dev.bulwark.classifier.tools;

import dev.bulwark.classifier.tools.images.PdqBenchmark;
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
        switch (args[0]) {
            case "pdq-bench" -> PdqBenchmark.run(rest);
            default -> {
                System.err.println("unknown command: " + args[0]);
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: classifier <command> [options]");
        System.err.println("  pdq-bench [rounds]   time image hashing and hash-bank matching");
    }
}
