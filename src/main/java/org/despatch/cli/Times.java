package org.despatch.cli;

import java.text.SimpleDateFormat;
import java.util.Date;

/** Dates as the job repository gives them, shown to the second. */
final class Times {

    private Times() {
    }

    static String format(Date date) {
        return date == null ? "-" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(date);
    }
}
