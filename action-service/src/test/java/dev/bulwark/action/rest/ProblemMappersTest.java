package dev.bulwark.action.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    /** The one thing the mappers read from the request: its path. */
    private static final UriInfo REQUEST = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class}, (proxy, method, arguments) -> "getPath".equals(method.getName()) ? "/api/v1/actions" : null);

    @Test
    void shouldAnswerALostDatabase503WithWhenToRetry() {
        Response response = new ProblemMappers().unexpected(new IllegalStateException(ClosedConnectionException.INSTANCE), REQUEST);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAnswerAnythingElse500() {
        assertThat(new ProblemMappers().unexpected(new IllegalStateException("boom"), REQUEST).getStatus()).isEqualTo(500);
    }
}
