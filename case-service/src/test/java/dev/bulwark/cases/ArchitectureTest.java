package dev.bulwark.cases;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Domain code sits directly in a feature package ({@code dev.bulwark.cases.<feature>}) and stays
 * plain Java; frameworks live in the role packages below it ({@code grpc}, {@code rest}, ...).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bulwark.cases");

    @Test
    void domainCodeShouldNotDependOnFrameworksOrTransport() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("dev.bulwark.cases.*")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "io.grpc..", "io.smallrye..", "io.vertx..",
                        "org.hibernate..", "dev.bulwark.proto..", "com.fasterxml..")
                .because("domain logic is tested without booting Quarkus and outlives its transports");
        rule.check(CLASSES);
    }

    @Test
    void domainCodeShouldNotReachIntoAdapters() {
        noClasses()
                .that().resideInAPackage("dev.bulwark.cases.*")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..grpc..", "..rest..", "..persistence..", "..application..", "dev.bulwark.cases.platform..")
                .check(CLASSES);
    }

    @Test
    void grpcAdaptersShouldNotTouchEntities() {
        noClasses()
                .that().resideInAnyPackage("..grpc..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(CLASSES);
    }
}
