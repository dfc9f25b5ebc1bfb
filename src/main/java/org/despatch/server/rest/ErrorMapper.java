package org.despatch.server.rest;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.despatch.extract.TextExtractor;

/**
 * Turns every failure into a JSON {@link ErrorBody}: bad input 400, unknown job or execution 404, a state that
 * forbids the operation 409, refusals by role 401/403; anything else 500 with its stack trace in the server log
 * only.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        int status = status(e);
        String message;
        if (e instanceof WebApplicationException w) {
            message = status == 403 ? "forbidden: your role may not do this (starting, stopping, restarting and "
                    + "abandoning jobs needs the operator role)" : oneLine(w);
        } else if (status == 500) {
            LOG.log(Level.SEVERE, "REST call failed", e);
            message = "internal error (" + e.getClass().getSimpleName() + "); the server log has the details";
        } else {
            message = oneLine(e);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(status, message))
                .build();
    }

    private static int status(Throwable e) {
        if (e instanceof WebApplicationException w) {
            return w.getResponse().getStatus();
        }
        if (e instanceof IllegalArgumentException || e instanceof JobStartException) {
            return 400;
        }
        if (e instanceof NoSuchJobException || e instanceof NoSuchJobExecutionException
                || e instanceof NoSuchJobInstanceException) {
            return 404;
        }
        if (e instanceof IllegalStateException || e instanceof JobRestartException
                || e instanceof JobExecutionNotRunningException || e instanceof JobExecutionIsRunningException
                || e instanceof JobExecutionAlreadyCompleteException
                || e instanceof JobExecutionNotMostRecentException) {
            return 409;
        }
        return 500;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? TextExtractor.oneLine(e)
                : message.lines().findFirst().orElse("").strip();
    }
}
