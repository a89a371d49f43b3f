package dev.bulwark.classifier.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes a model brought as ONNX ({@code manifest.json} beside the model file): how to turn text
 * into its input and which of its outputs are which categories' probabilities.
 *
 * @param name model name; its signals are {@code model:<name>@<version>}
 * @param version model version
 * @param model the ONNX file, relative to the manifest's directory
 * @param input name of the model's input: a float tensor {@code [batch, inputBuckets.length]}
 * @param output name of the output: a float tensor {@code [batch, classes]} of probabilities
 * @param featurizer the featuriser whose hash buckets feed the input
 * @param inputBuckets input column {@code i} takes the value of hash bucket {@code inputBuckets[i]};
 *     buckets not listed are ignored, as the model never saw them
 * @param categories which output column is which policy category
 */
public record OnnxManifest(
        String name,
        String version,
        String model,
        String input,
        String output,
        FeaturizerSpec featurizer,
        int[] inputBuckets,
        List<OutputCategory> categories) {

    /**
     * One scored category.
     *
     * @param category policy category id
     * @param outputIndex the output column holding its probability
     */
    public record OutputCategory(String category, int outputIndex) {}

    public OnnxManifest {
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("the manifest maps no output to a category");
        }
        Set<Integer> seen = new HashSet<>();
        for (int bucket : inputBuckets) {
            if (bucket < 0 || bucket >= featurizer.buckets() || !seen.add(bucket)) {
                throw new IllegalArgumentException("input bucket out of range or repeated: " + bucket);
            }
        }
        inputBuckets = inputBuckets.clone();
        categories = List.copyOf(categories);
    }

    @Override
    public int[] inputBuckets() {
        return inputBuckets.clone();
    }

    /** For each hash bucket, its input column, or -1 where the model takes no such input. */
    int[] columnsByBucket() {
        int[] columns = new int[featurizer.buckets()];
        Arrays.fill(columns, -1);
        for (int i = 0; i < inputBuckets.length; i++) {
            columns[inputBuckets[i]] = i;
        }
        return columns;
    }
}
