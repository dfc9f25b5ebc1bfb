package org.despatch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code --param NAME=VALUE} options of the commands that run a job, read into a map. */
final class JobParameterOptions {

    private JobParameterOptions() {
    }

    /**
     * @param given each {@code --param} as written, in order
     * @throws UsageError for one without a name and '=', or a name given twice (a second value would silently win)
     */
    static Map<String, String> parse(List<String> given) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String option : given) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new UsageError("--param must be NAME=VALUE: " + option);
            }
            String name = option.substring(0, equals).strip();
            String value = option.substring(equals + 1);
            String before = params.putIfAbsent(name, value);
            if (before != null) {
                throw new UsageError("--param " + name + " is given twice ('" + before + "' and '" + value + "')");
            }
        }
        return params;
    }
}
