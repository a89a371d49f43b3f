package dev.bulwark.k8s;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** What a service's own configuration (src/main/resources/application.properties) says: its port, its image. */
record ServiceSource(String service, Properties properties) {

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

    Optional<String> property(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }
}
