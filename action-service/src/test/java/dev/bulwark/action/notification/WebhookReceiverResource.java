package dev.bulwark.action.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock server that stands in for the product teams' webhook receivers: each test tenant posts
 * to {@code /hooks/<tenant>} and signs with {@link #secretOf(String)}; the tests stub the answers.
 */
public class WebhookReceiverResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> TENANTS = List.of("acme", "flaky", "broken", "rejecting");

    private WireMockServer server;

    static String secretOf(String tenant) {
        return "test-secret-of-" + tenant;
    }

    static String pathOf(String tenant) {
        return "/hooks/" + tenant;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Map<String, String> config = new HashMap<>();
        for (String tenant : TENANTS) {
            config.put("bulwark.action.webhooks.tenants.\"" + tenant + "\".url", server.baseUrl() + pathOf(tenant));
            config.put("bulwark.action.webhooks.tenants.\"" + tenant + "\".secret", secretOf(tenant));
        }
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(WebhookReceiver.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
