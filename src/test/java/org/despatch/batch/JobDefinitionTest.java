package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.despatch.runtime.BatchArtifacts;
import org.junit.jupiter.api.Test;

/** The JSL and the Java side agree: every ref is a registered artifact, every parameter default matches. */
class JobDefinitionTest {

    private static final Path JOB = Path.of("jobs/archive-ingest.xml");
    private static final Path RECLASSIFY = Path.of("jobs/archive-reclassify.xml");

    private static String allJobs() throws java.io.IOException {
        return Files.readString(JOB) + Files.readString(RECLASSIFY);
    }

    @Test
    void everyRefNamesARegisteredArtifact() throws Exception {
        Set<String> names = BatchArtifacts.CLASSES.stream().map(c -> {
            Named named = c.getAnnotation(Named.class);
            assertTrue(named != null, c + " is not @Named");
            return named.value().isEmpty() ? Introspector.decapitalize(c.getSimpleName()) : named.value();
        }).collect(Collectors.toSet());
        Matcher m = Pattern.compile("ref=\"([^\"]+)\"").matcher(allJobs());
        Set<String> refs = new TreeSet<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        assertEquals(12, refs.size());
        assertTrue(names.containsAll(refs), "unregistered: " + refs.stream().filter(r -> !names.contains(r)).toList());
    }

    @Test
    void parameterDefaultsMatchIngestParameters() throws Exception {
        Matcher m = Pattern.compile("#\\{jobParameters\\['([^']+)'\\]\\}(\\?:([^;]*);)?")
                .matcher(allJobs());
        Map<String, String> defaults = new TreeMap<>();
        while (m.find()) {
            String previous = defaults.put(m.group(1), m.group(3) == null ? "" : m.group(3));
            if (previous != null) {
                assertEquals(previous, defaults.get(m.group(1)), "two defaults for " + m.group(1));
            }
        }
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            assertTrue(IngestParameters.DEFAULTS.containsKey(e.getKey()), "undocumented parameter " + e.getKey());
            assertEquals(IngestParameters.DEFAULTS.get(e.getKey()), e.getValue(), "default of " + e.getKey());
        }
    }

    @Test
    void badParametersAreRefusedWithOneLine() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("input", ".");
        p.setProperty("chunksize", "5");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IngestParameters.validate(p));
        assertTrue(e.getMessage().startsWith("unknown parameter 'chunksize' (known: input, chunkSize,"));
        p.remove("chunksize");
        p.setProperty("chunkSize", "0");
        assertEquals("parameter 'chunkSize' must be between 1 and 100000: 0", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> IngestParameters.validate(p)).getMessage());
        p.setProperty("chunkSize", "5");
        p.setProperty("faultInjection", "extract");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IngestParameters.validate(p)).getMessage().startsWith("parameter 'faultInjection' must"));
    }
}
