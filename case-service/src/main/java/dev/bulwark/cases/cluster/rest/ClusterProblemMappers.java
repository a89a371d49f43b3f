package dev.bulwark.cases.cluster.rest;

import dev.bulwark.cases.cluster.ClusterNotFoundException;
import dev.bulwark.cases.platform.rest.Problems;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problem responses of the cluster endpoints. */
public class ClusterProblemMappers {

    @ServerExceptionMapper
    public Response clusterNotFound(ClusterNotFoundException e, UriInfo uri) {
        return Problems.respond(404, "cluster-not-found", "Cluster not found", "No cluster has this id.", uri);
    }
}
