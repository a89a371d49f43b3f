package dev.bulwark.intake.backtest.rest;

import dev.bulwark.intake.backtest.BacktestRefused;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** intake's REST errors (its only REST API is backtests) as {@code application/problem+json}. */
public class BacktestProblems {

    @ServerExceptionMapper
    public Response refused(BacktestRefused e, UriInfo uri) {
        return Response.status(400).type("application/problem+json").entity(Map.of(
                "type", "urn:bulwark:problem:invalid-request",
                "title", "Invalid request",
                "status", 400,
                "detail", "One or more fields are invalid.",
                "instance", uri.getPath(),
                "violations", List.of(Map.of("field", e.field(), "description", e.getMessage()))))
                .build();
    }
}
