package org.despatch.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RestartNoiseFilterTest {

    private final RestartNoiseFilter filter = new RestartNoiseFilter();

    @Test
    void onlyTheWarningOfAStepNotReachedBeforeIsDropped() {
        assertFalse(filter.isLoggable(new LogRecord(Level.WARNING, "JBERET000018: Could not find the original step "
                + "execution to restart.  Current step execution id: 0, step name: summary")));
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, "JBERET000001: Failed to run batchlet")));
        assertTrue(filter.isLoggable(new LogRecord(Level.WARNING, null)));
    }

    @Test
    void theCommandLineConsoleUsesIt() throws Exception {
        java.util.Properties logging = new java.util.Properties();
        try (var in = DespatchCommand.class.getResourceAsStream("/despatch-logging.properties")) {
            logging.load(in);
        }
        assertTrue(RestartNoiseFilter.class.getName().equals(logging.getProperty(
                "java.util.logging.ConsoleHandler.filter")));
    }
}
