package org.despatch.server.schedule;

import jakarta.ejb.ScheduleExpression;
import java.nio.file.Path;
import org.despatch.scan.FileNames;

/**
 * The nightly ingest's settings, from system properties (server-config/nightly.properties documents them; pass
 * it with {@code standalone.sh -P}, or give {@code -Dname=value}). Each calendar field takes EJB calendar syntax
 * ({@code 2}, {@code 1,13}, {@code *}, {@code *}{@code /10}, {@code Mon-Fri}).
 *
 * @param enabled   {@code despatch.nightly.enabled}, default true
 * @param input     {@code despatch.nightly.input}: the folder or ZIP to ingest, default
 *                  {@code <jboss.server.data.dir>/despatch/accessions} (created when absent)
 * @param hour      {@code despatch.nightly.hour}, default 2 (server time)
 * @param minute    {@code despatch.nightly.minute}, default 0
 * @param second    {@code despatch.nightly.second}, default 0
 * @param dayOfWeek {@code despatch.nightly.dayOfWeek}, default * (every day)
 */
public record NightlySettings(boolean enabled, Path input, String hour, String minute, String second,
        String dayOfWeek) {

    static final String PREFIX = "despatch.nightly.";

    static NightlySettings fromSystemProperties() {
        String enabled = setting("enabled", "true");
        if (!enabled.equals("true") && !enabled.equals("false")) {
            throw new IllegalArgumentException(PREFIX + "enabled must be true or false: " + enabled);
        }
        String dataDir = System.getProperty("jboss.server.data.dir", "data");
        return new NightlySettings(Boolean.parseBoolean(enabled),
                FileNames.path(setting("input", Path.of(dataDir, "despatch", "accessions").toString())),
                setting("hour", "2"), setting("minute", "0"), setting("second", "0"), setting("dayOfWeek", "*"));
    }

    boolean defaultInput() {
        return System.getProperty(PREFIX + "input") == null;
    }

    ScheduleExpression schedule() {
        return new ScheduleExpression().hour(hour).minute(minute).second(second).dayOfWeek(dayOfWeek);
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(PREFIX + name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "every " + (dayOfWeek.equals("*") ? "day" : dayOfWeek) + " at hour " + hour + ", minute " + minute
                + ", second " + second + ", over " + input;
    }
}
