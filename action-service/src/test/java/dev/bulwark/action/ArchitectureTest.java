package dev.bulwark.action;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bulwark.action");

    /** The feature packages themselves hold the domain; adapters live in their sub-packages. */
    private static final String[] DOMAIN = {
        "dev.bulwark.action.subject",
        "dev.bulwark.action.error",
        "dev.bulwark.action.enforcement",
        "dev.bulwark.action.standing",
        "dev.bulwark.action.audit",
        "dev.bulwark.action.identity",
        "dev.bulwark.action.approval",
        "dev.bulwark.action.expiry",
        "dev.bulwark.action.transparency",
        "dev.bulwark.action.notification"
    };

    @Test
    void domainShouldNotDependOnFrameworksOrTransport() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "io.quarkus..", "io.grpc..", "io.smallrye..", "io.vertx..",
                        "org.hibernate..", "com.google.protobuf..", "com.google.rpc..", "dev.bulwark.proto..",
                        "io.micrometer..", "io.opentelemetry..", "org.keycloak..");
        rule.check(CLASSES);
    }

    @Test
    void domainShouldNotDependOnItsAdapters() {
        ArchRule rule = noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.bulwark.action..persistence..", "dev.bulwark.action..application..",
                        "dev.bulwark.action..grpc..", "dev.bulwark.action..rest..", "dev.bulwark.policy.runtime..",
                        "dev.bulwark.action..provider..");
        rule.check(CLASSES);
    }
}
