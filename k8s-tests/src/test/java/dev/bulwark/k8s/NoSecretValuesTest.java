package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Secrets are referred to by name only: no file under k8s/ carries a Secret or generates one. */
class NoSecretValuesTest {

    @Test
    void noManifestFileDefinesOrGeneratesASecret() throws IOException {
        YAMLMapper yaml = YAMLMapper.builder().build();
        List<String> offenders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Repository.path("k8s"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            try (MappingIterator<Object> documents = yaml.readerFor(Object.class).readValues(file.toFile())) {
                while (documents.hasNext()) {
                    if (documents.next() instanceof Map<?, ?> document
                            && ("Secret".equals(document.get("kind")) || document.containsKey("secretGenerator"))) {
                        offenders.add(Repository.root().relativize(file).toString());
                    }
                }
            }
        }
        assertThat(offenders).as("files with a Secret or secretGenerator (create Secrets in the cluster, see docs/kubernetes.md)").isEmpty();
    }
}
