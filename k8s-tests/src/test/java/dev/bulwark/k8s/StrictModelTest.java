package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks themselves: they must catch the mistakes they exist for. */
class StrictModelTest {

    @Test
    void reportsMisspelledAndMisplacedFieldsWithTheirPath() {
        List<HasMetadata> objects = StrictModel.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  replica: 2
                  selector: {matchLabels: {app: x}}
                  template:
                    metadata: {labels: {app: x}}
                    spec:
                      containers:
                      - name: x
                        image: x
                        livenessprobe: {httpGet: {path: /q/health/live, port: http}}
                        resources: {limits: {cpu: "1"}, request: {cpu: 100m}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: fine}
                spec:
                  ports: [{name: http, port: 80}]
                """);

        assertThat(objects).hasSize(2);
        assertThat(objects.get(0)).isInstanceOf(Deployment.class);
        assertThat(StrictModel.unknownFields(objects.get(0))).containsExactlyInAnyOrder(
                "spec.replica",
                "spec.template.spec.containers[0].livenessprobe",
                "spec.template.spec.containers[0].resources.request");
        assertThat(StrictModel.unknownFields(objects.get(1))).isEmpty();
    }

    @Test
    void checksCustomResourcesStructurallyAndRefusesUnknownKinds() {
        List<HasMetadata> objects = StrictModel.parse("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: db}
                spec:
                  instances: 0
                  storage: {size: 1Gi}
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: PrometheusRule
                metadata: {name: rules}
                spec:
                  groups:
                  - name: bulwark
                    rules:
                    - expr: up == 0
                ---
                apiVersion: example.com/v1
                kind: Gadget
                metadata: {name: g}
                """);

        assertThat(CustomResourceChecks.problems((GenericKubernetesResource) objects.get(0))).containsExactly(
                "spec.instances: a positive integer is required, found 0",
                "spec.bootstrap.initdb.database: a non-empty string is required, found null",
                "spec.bootstrap.initdb.owner: a non-empty string is required, found null");
        assertThat(CustomResourceChecks.problems((GenericKubernetesResource) objects.get(1)))
                .containsExactly("a rule of group bulwark has neither alert nor record");
        assertThat(CustomResourceChecks.problems((GenericKubernetesResource) objects.get(2)))
                .singleElement().asString().contains("no structural check for example.com/v1/Gadget");
    }

    @Test
    void findsMonitorsThatSelectNothingOrNameAMissingPort() {
        Manifests sample = new Manifests("sample", StrictModel.parse("""
                apiVersion: v1
                kind: Service
                metadata: {name: intake-service, labels: {app.kubernetes.io/name: intake-service}}
                spec:
                  selector: {app.kubernetes.io/name: intake-service}
                  ports: [{name: http, port: 80}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: good}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: intake-service}}
                  endpoints: [{port: http, path: /q/metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: wrong-port}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: intake-service}}
                  endpoints: [{port: metrics}]
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: nothing}
                spec:
                  selector: {matchLabels: {app.kubernetes.io/name: nobody}}
                  endpoints: [{port: http}]
                """));

        assertThat(MonitoringTargets.problems(sample)).containsExactly(
                "ServiceMonitor/wrong-port: Service/intake-service has no port metrics",
                "ServiceMonitor/nothing selects no Service");
    }
}
