package dev.bulwark.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** What a service's own configuration (src/main/resources/application.properties) says: its port, its image. */
record ServiceSource(String service, Properties properties) {

    /** Quarkus' default of quarkus.jib.jvm-arguments. */
    private static final String DEFAULT_JVM_ARGUMENTS = "-Djava.util.logging.manager=org.jboss.logmanager.LogManager";

    static ServiceSource of(String service) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(service + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceSource(service, properties);
    }

    /** The port the service listens on without an environment override (Quarkus' default is 8080). */
    int httpPort() {
        return Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
    }

    /** The image the Jib build names, without registry and tag: {@code group/name}. */
    String imageName() {
        String group = property("quarkus.container-image.group").orElseThrow(
                () -> new AssertionError(service + ": no quarkus.container-image.group in application.properties"));
        String name = property("quarkus.container-image.name").orElse(service);
        return group + "/" + name;
    }

    /**
     * The JVM options the image starts with: Quarkus' default ({@code quarkus.jib.jvm-arguments}) and
     * {@code quarkus.jib.jvm-additional-arguments}, both comma-separated.
     */
    List<String> imageJvmOptions() {
        List<String> options = new ArrayList<>();
        for (String key : List.of("quarkus.jib.jvm-arguments", "quarkus.jib.jvm-additional-arguments")) {
            String value = properties.getProperty(key, key.endsWith("additional-arguments") ? "" : DEFAULT_JVM_ARGUMENTS);
            Stream.of(value.split(",")).map(String::trim).filter(option -> !option.isEmpty()).forEach(options::add);
        }
        return options;
    }

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }
}
