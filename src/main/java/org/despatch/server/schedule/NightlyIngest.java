package org.despatch.server.schedule;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;
import java.util.logging.Logger;
import org.despatch.batch.IngestParameters;
import org.despatch.control.Executions;
import org.despatch.scan.FileNames;
import org.despatch.server.JobControl;

/**
 * Starts archive-ingest on a calendar schedule (default 02:00 server time) over the configured input. A run never
 * starts while the previous archive-ingest execution is still running: that firing is skipped and logged. A run
 * that fails stays in the job repository, visible and restartable like any other (GET /api/executions).
 *
 * <p>The timer is not persistent: a night missed while the server was down is not caught up at start, and the
 * schedule always follows the current settings.
 */
@Singleton
@Startup
@PermitAll
public class NightlyIngest {

    private static final Logger LOG = Logger.getLogger(NightlyIngest.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobControl control;

    private NightlySettings settings;

    /** Reads and checks the settings; bad ones fail the deployment with a one-line message. */
    @PostConstruct
    void schedule() {
        settings = NightlySettings.fromSystemProperties();
        if (!settings.enabled()) {
            LOG.info("nightly archive-ingest disabled (despatch.nightly.enabled=false)");
            return;
        }
        if (settings.defaultInput()) {
            try {
                Files.createDirectories(settings.input());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the nightly input folder " + settings.input(), e);
            }
        } else if (!Files.isReadable(settings.input())) {
            throw new IllegalArgumentException("despatch.nightly.input not found or not readable: "
                    + settings.input());
        }
        try {
            timers.createCalendarTimer(settings.schedule(), new TimerConfig("nightly archive-ingest", false));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad despatch.nightly schedule (" + settings + "): " + e.getMessage(),
                    e);
        }
        LOG.info("nightly archive-ingest scheduled " + settings);
    }

    /** Outside a container transaction: JBeret runs the job in its own threads and transactions. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        Properties params = new Properties();
        String input = FileNames.text(settings.input());
        params.setProperty(IngestParameters.INPUT, input);
        try {
            long id = control.start(Executions.JOB, params);
            LOG.info("nightly archive-ingest started: execution " + id + " over " + input);
        } catch (JobControl.AlreadyRunningException e) {
            LOG.warning("nightly archive-ingest skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.severe("nightly archive-ingest could not start: " + e.getMessage());
        }
    }
}
