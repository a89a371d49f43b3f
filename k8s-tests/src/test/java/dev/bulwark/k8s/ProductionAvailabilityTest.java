package dev.bulwark.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Production keeps every service up through node drains, zone loss and load. */
class ProductionAvailabilityTest {


    @Test
    void everyServiceRunsTwoReplicasAtLeast() {
        Manifests prod = Layouts.overlay("prod").render();
        for (Deployment deployment : prod.deployments()) {
            assertThat(deployment.getSpec().getReplicas()).as("overlays/prod: replicas of " + Manifests.id(deployment)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyServiceHasADisruptionBudgetThatLeavesAPodRunning() {
        Manifests prod = Layouts.overlay("prod").render();
        List<PodDisruptionBudget> budgets = prod.all(PodDisruptionBudget.class);
        for (PodDisruptionBudget budget : budgets) {
            assertThat(prod.deployments().stream().filter(d -> Selectors.matches(budget.getSpec().getSelector(),
                    d.getSpec().getTemplate().getMetadata().getLabels())))
                    .as("overlays/prod: " + Manifests.id(budget) + " selects exactly one Deployment").hasSize(1);
            boolean leavesOne = budget.getSpec().getMaxUnavailable() != null
                    ? budget.getSpec().getMaxUnavailable().getIntVal() == 1
                    : budget.getSpec().getMinAvailable() != null && budget.getSpec().getMinAvailable().getIntVal() >= 1;
            assertThat(leavesOne).as("overlays/prod: " + Manifests.id(budget) + " is maxUnavailable 1 or minAvailable >= 1").isTrue();
        }
        for (Deployment deployment : prod.deployments()) {
            assertThat(budgets.stream().filter(b -> Selectors.matches(b.getSpec().getSelector(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels())))
                    .as("overlays/prod: disruption budget of " + Manifests.id(deployment)).hasSize(1);
        }
    }

    @Test
    void everyServiceScalesOnCpuFromTwoReplicas() {
        Manifests prod = Layouts.overlay("prod").render();
        List<HorizontalPodAutoscaler> autoscalers = prod.all(HorizontalPodAutoscaler.class);
        for (HorizontalPodAutoscaler hpa : autoscalers) {
            String id = "overlays/prod: " + Manifests.id(hpa);
            assertThat(hpa.getApiVersion()).as(id).isEqualTo("autoscaling/v2");
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).as(id + " scales a Deployment").isEqualTo("Deployment");
            assertThat(prod.find(Deployment.class, hpa.getSpec().getScaleTargetRef().getName()))
                    .as(id + " targets an existing Deployment").isPresent();
            assertThat(hpa.getSpec().getMinReplicas()).as(id + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as(id + " maxReplicas").isGreaterThan(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).as(id + " scales on CPU utilisation")
                    .anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu")
                            && m.getResource().getTarget().getAverageUtilization() != null);
        }
        assertThat(autoscalers).extracting(h -> h.getSpec().getScaleTargetRef().getName()).as("overlays/prod: autoscaled Deployments")
                .containsExactlyInAnyOrderElementsOf(prod.deployments().stream().map(d -> d.getMetadata().getName()).toList());
    }

    @Test
    void platformRunsHighlyAvailable() {
        Manifests prod = Layouts.overlay("prod").render();
        assertThat(Fields.of(prod.customResources("Cluster").get(0)).get("spec.instances")).as("overlays/prod: PostgreSQL instances")
                .isEqualTo(3);
        assertThat((Integer) Fields.of(prod.customResources("Keycloak").get(0)).get("spec.instances")).as("overlays/prod: Keycloak instances")
                .isGreaterThanOrEqualTo(2);
    }
}
