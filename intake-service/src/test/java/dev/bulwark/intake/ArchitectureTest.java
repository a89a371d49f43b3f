package dev.bulwark.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain code (the feature packages themselves) stays free of frameworks and transport types. */
class ArchitectureTest {

    private static final String[] DOMAIN = {
        "dev.bulwark.intake.submission", "dev.bulwark.intake.classification", "dev.bulwark.intake.delivery",
        "dev.bulwark.intake.report", "dev.bulwark.intake.error",
        "dev.bulwark.intake.appeal"
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bulwark.intake");

    @Test
    void shouldKeepDomainCodeFreeOfFrameworksAndTransport() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat()
                .resideInAnyPackage("jakarta..", "io.quarkus..", "io.grpc..", "io.smallrye..", "io.vertx..", "org.hibernate..",
                        "dev.bulwark.proto..", "com.google.protobuf..")
                .check(classes);
    }
}
