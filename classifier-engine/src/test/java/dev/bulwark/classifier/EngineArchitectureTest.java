package dev.bulwark.classifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.bulwark.classifier", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    /** The engine runs in the service, in the training and evaluation commands and in benchmarks alike. */
    @ArchTest
    static final ArchRule engineIsFreeOfFrameworkAndTransportTypes = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "io.quarkus..", "io.grpc..", "io.smallrye..", "io.vertx..", "io.micrometer..",
                    "dev.bulwark.proto..", "com.google.protobuf..", "org.hibernate..", "org.tribuo..");
}
