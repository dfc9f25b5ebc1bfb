package org.despatch.server.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.despatch.server.JobControl;

/**
 * {@code GET /api/jobs}: the jobs this deployment can run (its JSL files). {@code POST /api/jobs/{job}} with a JSON
 * object of job parameters (e.g. {@code {"input": "/archive/2026-11-25", "chunkSize": 50}}) starts one: 201 with
 * the new execution.
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.RESEARCHER})
public class JobsResource {

    private static final String JOBS_FOLDER = "/WEB-INF/classes/META-INF/batch-jobs/";

    @Inject
    JobControl control;

    @Context
    ServletContext servletContext;

    /** A job and how to start it. */
    public record JobView(String job, String start) {
    }

    @GET
    public List<JobView> jobs() {
        Set<String> files = servletContext.getResourcePaths(JOBS_FOLDER);
        return (files == null ? Set.<String>of() : files).stream().filter(f -> f.endsWith(".xml")).sorted()
                .map(f -> f.substring(JOBS_FOLDER.length(), f.length() - ".xml".length()))
                .map(job -> new JobView(job, "POST /api/jobs/" + job)).toList();
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    public Response start(@PathParam("job") String job, Map<String, Object> parameters) {
        if (jobs().stream().noneMatch(j -> j.job().equals(job))) {
            throw new jakarta.ws.rs.NotFoundException("no job named '" + job + "' (see GET /api/jobs)");
        }
        Properties params = new Properties();
        if (parameters != null) {
            parameters.forEach((name, value) -> params.setProperty(name, String.valueOf(value)));
        }
        long id = control.start(job, params);
        return Response.created(URI.create("executions/" + id))
                .entity(ExecutionView.summary(control.operator(), control.operator().getJobExecution(id), false))
                .build();
    }
}
