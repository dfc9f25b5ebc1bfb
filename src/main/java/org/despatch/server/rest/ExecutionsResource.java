package org.despatch.server.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.despatch.control.Executions;
import org.despatch.server.JobControl;

/**
 * Job executions: {@code GET /api/executions?job=archive-ingest&limit=20} (newest first), {@code GET
 * /api/executions/{id}} with each step's metrics; operators may {@code POST .../{id}/stop}, {@code .../restart}
 * (optional JSON object of parameter overrides) and {@code .../abandon}.
 */
@Path("executions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.RESEARCHER})
public class ExecutionsResource {

    /** Most executions one list returns. */
    static final int MAX_LIMIT = 500;

    @Inject
    JobControl control;

    @GET
    public List<ExecutionView> list(@QueryParam("job") @DefaultValue(Executions.JOB) String job,
            @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
        return Executions.recent(control.operator(), job, limit).stream()
                .map(e -> ExecutionView.summary(control.operator(), e, control.leftByCrash(e))).toList();
    }

    @GET
    @Path("{id}")
    public ExecutionView get(@PathParam("id") long id) {
        return detail(id);
    }

    @POST
    @Path("{id}/stop")
    @RolesAllowed(Roles.OPERATOR)
    public ExecutionView stop(@PathParam("id") long id) {
        control.operator().stop(id);
        return detail(id);
    }

    @POST
    @Path("{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public ExecutionView restart(@PathParam("id") long id, Map<String, Object> overrides) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (overrides != null) {
            overrides.forEach((name, value) -> params.put(name, String.valueOf(value)));
        }
        return detail(control.restart(id, params));
    }

    @POST
    @Path("{id}/abandon")
    @RolesAllowed(Roles.OPERATOR)
    public ExecutionView abandon(@PathParam("id") long id) {
        control.operator().abandon(id);
        return detail(id);
    }

    private ExecutionView detail(long id) {
        JobExecution e = control.operator().getJobExecution(id);
        return ExecutionView.detail(control.operator(), e, control.leftByCrash(e));
    }
}
