package dev.bulwark.classifier.tools.evaluate;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.cli.UsageException;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code evaluate <file.jsonl>}: runs the shipped classifier over a labelled file and prints
 * precision, recall, F1 and false-positive rate per category at the surface's REVIEW and BLOCK
 * thresholds, as a table or as JSON.
 */
public final class EvaluateCommand {

    public static final String USAGE = "evaluate <file.jsonl> [--surface chat] [--policy policy.yaml]"
            + " [--json report.json] [--format text|json]";

    private static final ObjectWriter JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build()
            .writer();

    private final PrintStream out;

    public EvaluateCommand(PrintStream out) {
        this.out = out;
    }

    public EvaluationReport run(String[] args) throws IOException {
        Options options = Options.parse(args, Set.of("surface", "policy", "json", "format"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("evaluate takes exactly one input file");
        }
        String format = options.value("format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format is text or json, not " + format);
        }
        UsagePolicy policy = options.value("policy").map(Path::of).map(PolicyLoader::load).orElseGet(PolicyLoader::loadBundled);
        Surface surface = surface(policy, options.value("surface", "chat"));
        Classifier classifier = Classifier.withBundledRules();
        Evaluator evaluator = new Evaluator(text -> classifier.classify(policy, surface, text).scores(), policy, surface);
        Path input = Path.of(options.positional().get(0));
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            new LabelledTextReader(policy.categories().stream().map(Category::id).toList()).read(in, evaluator::accept);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + input);
        }
        EvaluationReport report = evaluator.report(classifier.modelVersions());
        if (format.equals("json")) {
            out.println(JSON.writeValueAsString(report));
        } else {
            new ReportTable().print(report, out);
        }
        if (options.value("json").isPresent()) {
            JSON.writeValue(Path.of(options.value("json").get()).toFile(), report);
        }
        return report;
    }

    private static Surface surface(UsagePolicy policy, String id) {
        return policy.surface(id).orElseThrow(() -> new UsageException("unknown surface " + id + "; the policy defines "
                + policy.surfaces().stream().map(Surface::id).toList()));
    }
}
