package dev.bulwark.cases.appeal.rest;

import dev.bulwark.cases.appeal.ActionNotFoundException;
import dev.bulwark.cases.appeal.ActionsUnavailableException;
import dev.bulwark.cases.appeal.AppealNotFoundException;
import dev.bulwark.cases.appeal.AppealRefusedException;
import dev.bulwark.cases.platform.rest.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The appeal failures as problem documents. */
public class AppealProblems {

    private static final Logger LOG = Logger.getLogger(AppealProblems.class);

    @ServerExceptionMapper
    public Response actionNotFound(ActionNotFoundException e, UriInfo uri) {
        return Problems.respond(404, "action-not-found", "Action not found",
                "The subject has no enforcement action with this id.", uri);
    }

    @ServerExceptionMapper
    public Response appealNotFound(AppealNotFoundException e, UriInfo uri) {
        return Problems.respond(404, "appeal-not-found", "Appeal not found", "No appeal has this id.", uri);
    }

    @ServerExceptionMapper
    public Response refused(AppealRefusedException e, UriInfo uri) {
        String slug = e.reason().name().toLowerCase().replace('_', '-');
        return Problems.respond(409, slug, "Conflict", e.reason().message() + ".", uri);
    }

    @ServerExceptionMapper
    public Response actionsUnavailable(ActionsUnavailableException e, UriInfo uri) {
        LOG.warn("action-service unavailable for an appeal", e.getCause());
        return Problems.respond(503, "actions-unavailable", "Actions unavailable",
                "action-service could not confirm the action now; nothing was filed, retry with the same Idempotency-Key.", uri);
    }
}
