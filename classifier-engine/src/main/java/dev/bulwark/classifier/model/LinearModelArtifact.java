package dev.bulwark.classifier.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained linear model on disk, small enough to commit and review: {@code model.json} (the
 * descriptor) and {@code weights.tsv} (one {@code bucket<TAB>weight} line per non-zero weight, in
 * bucket order, each weight the shortest decimal that reads back to the same double).
 */
public record LinearModelArtifact(ModelDescriptor descriptor, LinearModel model) {

    public static final String DESCRIPTOR_FILE = "model.json";
    public static final String WEIGHTS_FILE = "weights.tsv";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public LinearModelArtifact {
        if (model.dimension() != descriptor.featurizer().buckets()) {
            throw new IllegalArgumentException("model has " + model.dimension() + " weights, featuriser "
                    + descriptor.featurizer().buckets() + " buckets");
        }
        if (model.bias() != descriptor.bias()) {
            throw new IllegalArgumentException("model bias differs from the descriptor's");
        }
    }

    /** Reads the artifact from the classpath directory {@code resourceDir}, for example {@code models/spam}. */
    public static LinearModelArtifact readResource(String resourceDir) {
        try (InputStream descriptor = open(resourceDir + "/" + DESCRIPTOR_FILE);
                InputStream weights = open(resourceDir + "/" + WEIGHTS_FILE)) {
            return read(descriptor, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resourceDir, e);
        }
    }

    public static LinearModelArtifact read(Path dir) {
        try (InputStream descriptor = Files.newInputStream(dir.resolve(DESCRIPTOR_FILE));
                InputStream weights = Files.newInputStream(dir.resolve(WEIGHTS_FILE))) {
            return read(descriptor, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + dir, e);
        }
    }

    private static LinearModelArtifact read(InputStream descriptorJson, InputStream weightsTsv) throws IOException {
        ModelDescriptor descriptor = JSON.readValue(descriptorJson, ModelDescriptor.class);
        double[] weights = new double[descriptor.featurizer().buckets()];
        BufferedReader reader = new BufferedReader(new InputStreamReader(weightsTsv, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            weights[Integer.parseInt(line.substring(0, tab))] = Double.parseDouble(line.substring(tab + 1));
        }
        return new LinearModelArtifact(descriptor, new LinearModel(weights, descriptor.bias()));
    }

    /** Writes both files into {@code dir}; the same model always gives the same bytes, and reads back equal. */
    public void write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(DESCRIPTOR_FILE), JSON.writeValueAsString(descriptor) + "\n");
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(WEIGHTS_FILE), StandardCharsets.UTF_8)) {
                for (int bucket = 0; bucket < model.dimension(); bucket++) {
                    double weight = model.weight(bucket);
                    if (weight != 0) {
                        out.write(bucket + "\t" + weight + "\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + dir, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = LinearModelArtifact.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled model file missing: " + resource);
        }
        return in;
    }
}
