package dev.bulwark.classifier.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model brought as ONNX, described by an {@link OnnxManifest} in its directory: the normalised
 * text is featurised as the manifest says, fed to ONNX Runtime, and each mapped output becomes a
 * signal of its category weighted by its probability (reported from
 * {@value ModelSignalProvider#MIN_PROBABILITY} up, as for the bundled models).
 */
public final class OnnxModelProvider implements SignalProvider, AutoCloseable {

    public static final String MANIFEST_FILE = "manifest.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final OnnxManifest manifest;
    private final HashedNgramFeaturizer featurizer;
    private final int[] columnsByBucket;
    private final int inputWidth;
    private final OrtEnvironment environment;
    private final OrtSession session;

    private OnnxModelProvider(OnnxManifest manifest, OrtEnvironment environment, OrtSession session) {
        this.manifest = manifest;
        this.featurizer = new HashedNgramFeaturizer(manifest.featurizer());
        this.columnsByBucket = manifest.columnsByBucket();
        this.inputWidth = manifest.inputBuckets().length;
        this.environment = environment;
        this.session = session;
    }

    /**
     * Loads the model described by {@code dir/manifest.json}; refuses one whose input or output the
     * manifest misnames or misshapes.
     */
    public static OnnxModelProvider load(Path dir) {
        OnnxManifest manifest;
        try {
            manifest = JSON.readValue(dir.resolve(MANIFEST_FILE).toFile(), OnnxManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ONNX manifest in " + dir, e);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        Path model = dir.resolve(manifest.model());
        OrtSession session;
        try {
            session = environment.createSession(model.toString(), new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + model, e);
        }
        try {
            checkAgainstModel(manifest, session);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session, e);
            throw new IllegalArgumentException("ONNX model " + model + " does not fit its manifest", e);
        }
        return new OnnxModelProvider(manifest, environment, session);
    }

    /** The input must be {@code [batch, inputBuckets]} and every mapped output column must exist. */
    private static void checkAgainstModel(OnnxManifest manifest, OrtSession session) throws OrtException {
        NodeInfo input = session.getInputInfo().get(manifest.input());
        NodeInfo output = session.getOutputInfo().get(manifest.output());
        if (input == null || output == null) {
            throw new IllegalArgumentException("model " + manifest.model() + " has inputs " + session.getInputNames()
                    + " and outputs " + session.getOutputNames() + "; the manifest names others");
        }
        long[] inputShape = ((TensorInfo) input.getInfo()).getShape();
        if (inputShape.length != 2 || inputShape[1] != manifest.inputBuckets().length) {
            throw new IllegalArgumentException("model input has shape " + Arrays.toString(inputShape)
                    + ", the manifest lists " + manifest.inputBuckets().length + " input buckets");
        }
        long[] outputShape = ((TensorInfo) output.getInfo()).getShape();
        for (OnnxManifest.OutputCategory mapping : manifest.categories()) {
            if (outputShape.length != 2 || mapping.outputIndex() < 0
                    || (outputShape[1] >= 0 && mapping.outputIndex() >= outputShape[1])) {
                throw new IllegalArgumentException("model output has shape " + Arrays.toString(outputShape)
                        + ", no column " + mapping.outputIndex() + " for " + mapping.category());
            }
        }
    }

    private static void closeQuietly(OrtSession session, Exception cause) {
        if (session != null) {
            try {
                session.close();
            } catch (OrtException e) {
                cause.addSuppressed(e);
            }
        }
    }

    @Override
    public String version() {
        return manifest.name() + "-onnx@" + manifest.version();
    }

    /** Each mapped category's probability for {@code normalizedText}, in manifest order. */
    public Map<String, Double> probabilities(String normalizedText) {
        SparseVector features = featurizer.featurize(normalizedText);
        float[][] input = new float[1][inputWidth];
        for (int k = 0; k < features.size(); k++) {
            int column = columnsByBucket[features.index(k)];
            if (column >= 0) {
                input[0][column] = (float) features.value(k);
            }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, input);
                OrtSession.Result result = session.run(Map.of(manifest.input(), tensor))) {
            float[] scores = ((float[][]) result.get(manifest.output()).orElseThrow().getValue())[0];
            Map<String, Double> probabilities = new LinkedHashMap<>();
            for (OnnxManifest.OutputCategory mapping : manifest.categories()) {
                probabilities.put(mapping.category(), Math.min(1, Math.max(0, (double) scores[mapping.outputIndex()])));
            }
            return probabilities;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX model " + version() + " failed", e);
        }
    }

    @Override
    public List<Signal> detect(NormalizedText text) {
        String id = "model:" + manifest.name() + "@" + manifest.version();
        List<Signal> signals = new ArrayList<>();
        probabilities(text.text()).forEach((category, probability) -> {
            if (probability >= ModelSignalProvider.MIN_PROBABILITY) {
                signals.add(new Signal(id, category, probability, List.of()));
            }
        });
        return signals;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
