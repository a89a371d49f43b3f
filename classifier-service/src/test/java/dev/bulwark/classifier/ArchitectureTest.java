package dev.bulwark.classifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.bulwark.classifier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Feature packages themselves hold the domain (the scoring engine itself is the
     * bulwark-classifier-engine module); adapters live in their sub-packages.
     */
    @ArchTest
    static final ArchRule domainIsFreeOfFrameworkAndTransportTypes = noClasses()
            .that().resideInAnyPackage("dev.bulwark.classifier.policy", "dev.bulwark.classifier.shadow", "dev.bulwark.classifier.external",
                    "dev.bulwark.classifier.hashbank")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "io.quarkus..", "io.grpc..", "io.smallrye..", "io.vertx..", "io.micrometer..",
                    "dev.bulwark.proto..", "com.google.protobuf..", "org.hibernate..");

    @ArchTest
    static final ArchRule entitiesStayOffTheWire = noClasses()
            .that().resideInAnyPackage("dev.bulwark.classifier.grpc..", "..rest..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..");
}
