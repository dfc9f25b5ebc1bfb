package org.despatch.cli;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Drops JBeret's JBERET000018 ("Could not find the original step execution to restart") from the console. JBeret
 * warns so for every step that the execution being restarted never reached, which after a stop or a crash part-way
 * is every step after it: expected, and read by users as a fault. Despatch's readers position themselves from the
 * rows, not from the original step's checkpoint. Named in {@code despatch-logging.properties}.
 */
public final class RestartNoiseFilter implements Filter {

    static final String MESSAGE_ID = "JBERET000018";

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith(MESSAGE_ID);
    }
}
