package dev.bulwark.classifier.tools.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bulwark.classifier.model.FeaturizerSpec;
import dev.bulwark.classifier.model.OnnxManifest;
import dev.bulwark.classifier.model.OnnxModelProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * Writes a Tribuo model over hashed n-grams as a directory {@link OnnxModelProvider} loads: the
 * model through Tribuo's ONNX export and a manifest mapping each hash bucket to the model's input
 * column (Tribuo's feature id) and the positive label's output column to a category.
 */
public final class TribuoOnnxExport {

    public static final String MODEL_FILE = "model.onnx";
    /** The names Tribuo gives the graph's input and output. */
    private static final String TRIBUO_INPUT = "input";
    private static final String TRIBUO_OUTPUT = "output";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TribuoOnnxExport() {}

    public static OnnxManifest export(LinearSGDModel model, FeaturizerSpec featurizer, String name, String version,
            String category, Path dir) throws IOException {
        Files.createDirectories(dir);
        model.saveONNXModel("dev.bulwark." + name, 1, dir.resolve(MODEL_FILE));
        int[] inputBuckets = new int[model.getFeatureIDMap().size()];
        for (VariableInfo info : model.getFeatureIDMap()) {
            inputBuckets[((VariableIDInfo) info).getID()] = HashedFeatures.bucketOf(info.getName());
        }
        OnnxManifest manifest = new OnnxManifest(name, version, MODEL_FILE, TRIBUO_INPUT, TRIBUO_OUTPUT, featurizer,
                inputBuckets, List.of(new OnnxManifest.OutputCategory(
                        category, model.getOutputIDInfo().getID(BinaryLogisticTrainer.POSITIVE))));
        JSON.writeValue(dir.resolve(OnnxModelProvider.MANIFEST_FILE).toFile(), manifest);
        return manifest;
    }
}
