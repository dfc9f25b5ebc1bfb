package org.despatch.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.extract.Ocr;
import org.despatch.extract.Passwords;
import org.despatch.extract.WorkerSettings;
import org.despatch.scan.ContainerLimits;
import org.despatch.scan.FileNames;

/**
 * The job parameters of {@code archive-ingest}, with their defaults. The JSL repeats each default in its
 * {@code #{jobParameters['name']}?:default;} expression; a test keeps the two in step.
 *
 * <pre>{@code
 * java -jar target/despatch.jar ingest /archive --param chunkSize=50 --param parseTimeoutSeconds=30
 * }</pre>
 */
public final class IngestParameters {

    /** Folder or archive file to ingest. Required. */
    public static final String INPUT = "input";
    /** Documents per chunk (one transaction, one checkpoint) in the extract, segment, dedupe and classify steps. */
    public static final String CHUNK_SIZE = "chunkSize";
    /** Parallel partitions of the extract, segment, dedupe and classify steps; 0 for one per processor. */
    public static final String PARTITIONS = "partitions";
    /** Files per chunk in the scan step. */
    public static final String SCAN_CHUNK_SIZE = "scanChunkSize";
    /**
     * How many containers deep a document may be, archive entries and embedded documents alike
     * ({@code a.zip!/b.eml!/c.docx!/d.png} is at depth 3); a container at the limit is not opened (PARTIAL).
     */
    public static final String MAX_DEPTH = "maxDepth";
    /**
     * Documents taken from inside one file: entries of one archive file (all levels), or embedded documents of one
     * parsed file (all levels); beyond it the rest are left out and the container is PARTIAL.
     */
    public static final String MAX_EMBEDDED_COUNT = "maxEmbeddedCount";
    /** Files larger than this are not parsed (status TOO_LARGE). */
    public static final String MAX_FILE_SIZE_BYTES = "maxFileSizeBytes";
    /**
     * Characters kept per document, beyond which it is PARTIAL; also the embedded documents' text one parse of a
     * file holds together, beyond which they are deferred to later parses of the file.
     */
    public static final String MAX_CHARS = "maxChars";
    /** Seconds one document may take to parse before it is TIMEOUT. */
    public static final String PARSE_TIMEOUT_SECONDS = "parseTimeoutSeconds";
    /** Heap cap in MB of each parse worker process; a document that exhausts it is CRASHED. */
    public static final String WORKER_HEAP_MB = "workerHeapMb";
    /** A parse worker process is replaced after this many documents. */
    public static final String WORKER_RECYCLE_AFTER = "workerRecycleAfter";
    /** {@code true} reads images and image-only PDF pages with tesseract, which must then be on the PATH. */
    public static final String OCR = "ocr";
    /**
     * Path of a UTF-8 text file of candidate passwords, one a line (blank lines ignored), tried in turn on each
     * encrypted document; empty for none. Only the path is a parameter: JBeret stores parameters, so the passwords
     * stay in the file.
     */
    public static final String PASSWORD_FILE = "passwordFile";
    /**
     * Shingle similarity (0-1] from which two paragraphs or documents are near-duplicates (see
     * {@code org.despatch.dedupe.DuplicateSettings}).
     */
    public static final String NEAR_DUPLICATE_THRESHOLD = "nearDuplicateThreshold";
    /** Share (0-1] of a text found inside another from which it counts as contained in it. */
    public static final String CONTAINMENT_THRESHOLD = "containmentThreshold";
    /**
     * For testing recovery: {@code step:n} makes the n-th item of that step fail in this execution, in each
     * partition (for example {@code extract:7}). Empty for none; the restart command clears it.
     */
    public static final String FAULT_INJECTION = "faultInjection";
    /**
     * Statuses whose documents under the input are parsed again, comma-separated (for example {@code
     * CRASHED,TIMEOUT} after raising {@code workerHeapMb} or {@code parseTimeoutSeconds}, {@code PARTIAL} after
     * raising {@code maxChars}, {@code EMPTY} with {@code ocr=true} once tesseract is installed, {@code ENCRYPTED}
     * after adding passwords to the {@link #PASSWORD_FILE}); empty for none.
     */
    public static final String RETRY_STATUSES = "retryStatuses";
    /**
     * The statuses a document can be retried from: what the earlier run stored of it (its text; the paragraphs of a
     * PARTIAL one, or of one CRASHED after segmentation) is replaced by the retry ({@code ArchiveStore#requeue}),
     * and the documents embedded in it (what a TIMEOUT kept, an EMPTY mail's attachments) are found registered by
     * the retry and left as they are.
     */
    public static final List<String> RETRYABLE = List.of("CRASHED", "TIMEOUT", "EMPTY", "PARTIAL", "ENCRYPTED");
    /** JBeret's own restart mode ({@code detect}, {@code force}, {@code strict}). */
    public static final String RESTART_MODE = "jberet.restart.mode";
    /** The values JBeret knows for {@link #RESTART_MODE}; empty for its default ({@code detect}). */
    static final List<String> RESTART_MODES = List.of("", "detect", "force", "strict");

    /** More partitions than this would only add threads and connections. */
    public static final int MAX_PARTITIONS = 64;

    /** Every parameter the job understands, with its default ("" for none). */
    public static final Map<String, String> DEFAULTS;

    static {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(INPUT, "");
        d.put(CHUNK_SIZE, "20");
        d.put(PARTITIONS, "0");
        d.put(SCAN_CHUNK_SIZE, "100");
        d.put(MAX_DEPTH, String.valueOf(ContainerLimits.DEFAULT_MAX_DEPTH));
        d.put(MAX_EMBEDDED_COUNT, String.valueOf(ContainerLimits.DEFAULT_MAX_EMBEDDED_COUNT));
        d.put(MAX_FILE_SIZE_BYTES, "209715200");
        d.put(MAX_CHARS, "5000000");
        d.put(PARSE_TIMEOUT_SECONDS, "120");
        d.put(NEAR_DUPLICATE_THRESHOLD, String.valueOf(DuplicateSettings.DEFAULT_NEAR_THRESHOLD));
        d.put(CONTAINMENT_THRESHOLD, String.valueOf(DuplicateSettings.DEFAULT_CONTAIN_THRESHOLD));
        d.put(WORKER_HEAP_MB, "512");
        d.put(WORKER_RECYCLE_AFTER, "10000");
        d.put(OCR, "false");
        d.put(PASSWORD_FILE, "");
        d.put(FAULT_INJECTION, "");
        d.put(RETRY_STATUSES, "");
        d.put(RESTART_MODE, "");
        DEFAULTS = Collections.unmodifiableMap(d);
    }

    private IngestParameters() {
    }

    /**
     * The parameters of a run over {@code input}: the given ones, with the input set, checked.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad parameter
     */
    public static Properties of(Path input, Map<String, String> given) {
        if (input.toString().isBlank()) {
            throw new IllegalArgumentException("input is empty: give the folder or archive file to ingest");
        }
        if (given.containsKey(INPUT)) {
            throw new IllegalArgumentException("give the input as the PATH argument, not as --param input=...");
        }
        Properties params = new Properties();
        params.putAll(given);
        params.setProperty(INPUT, FileNames.text(input));
        validate(params);
        return params;
    }

    /**
     * Checks names and values before any work starts, and strips values of surrounding spaces ("chunkSize= 5"), which
     * the batch runtime would not convert.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad parameter
     */
    public static void validate(Properties params) {
        for (String name : params.stringPropertyNames()) {
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' (known: "
                        + String.join(", ", DEFAULTS.keySet()) + ")");
            }
            params.setProperty(name, params.getProperty(name).strip());
        }
        String input = params.getProperty(INPUT, "");
        if (input.isBlank()) {
            throw new IllegalArgumentException("parameter 'input' is required: the folder or archive file to ingest");
        }
        Path path = FileNames.path(input);
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("input not found: " + input);
        }
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("input not readable: " + input);
        }
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            // a named pipe or a device would be read as a document, or hang the scan
            throw new IllegalArgumentException("input is neither a folder nor a file: " + input);
        }
        range(params, CHUNK_SIZE, 1, 100_000);
        range(params, SCAN_CHUNK_SIZE, 1, 100_000);
        range(params, PARTITIONS, 0, MAX_PARTITIONS);
        range(params, MAX_FILE_SIZE_BYTES, 1, Long.MAX_VALUE);
        range(params, MAX_CHARS, 1, Integer.MAX_VALUE - 8);
        range(params, PARSE_TIMEOUT_SECONDS, 1, 86_400);
        range(params, MAX_DEPTH, 0, 100);
        range(params, MAX_EMBEDDED_COUNT, 0, 1_000_000);
        fraction(params, NEAR_DUPLICATE_THRESHOLD);
        fraction(params, CONTAINMENT_THRESHOLD);
        range(params, WORKER_HEAP_MB, WorkerSettings.MIN_HEAP_MB, 1_048_576);
        range(params, WORKER_RECYCLE_AFTER, 1, Integer.MAX_VALUE);
        String ocr = params.getProperty(OCR, DEFAULTS.get(OCR)).strip();
        if (!ocr.equals("true") && !ocr.equals("false")) {
            throw new IllegalArgumentException("parameter 'ocr' must be true or false: " + ocr);
        }
        if (ocr.equals("true") && !Ocr.available()) {
            throw new IllegalArgumentException("parameter 'ocr' is true but tesseract is not on the PATH");
        }
        String passwords = params.getProperty(PASSWORD_FILE, "");
        if (!passwords.isEmpty()) {
            try {
                Passwords.read(FileNames.path(passwords));  // missing, unreadable or empty: refused before any work
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + PASSWORD_FILE + "': " + e.getMessage());
            }
        }
        FaultInjection.parse(params.getProperty(FAULT_INJECTION, ""));
        retryStatuses(params.getProperty(RETRY_STATUSES, ""));
        String restartMode = params.getProperty(RESTART_MODE, "");
        if (!RESTART_MODES.contains(restartMode)) {
            throw new IllegalArgumentException("parameter '" + RESTART_MODE + "' must be one of "
                    + String.join(", ", RESTART_MODES.subList(1, RESTART_MODES.size())) + ": " + restartMode);
        }
    }

    /**
     * The statuses named by {@link #RETRY_STATUSES}, in capitals.
     *
     * @throws IllegalArgumentException naming a status that cannot be retried
     */
    public static Set<String> retryStatuses(String value) {
        Set<String> statuses = new TreeSet<>();
        for (String s : value == null ? new String[0] : value.split(",")) {
            String status = s.strip().toUpperCase(Locale.ROOT);
            if (status.isEmpty()) {
                continue;
            }
            if (!RETRYABLE.contains(status)) {
                throw new IllegalArgumentException("parameter '" + RETRY_STATUSES + "' takes " + String.join(", ",
                        RETRYABLE) + ": " + s.strip());
            }
            statuses.add(status);
        }
        return statuses;
    }

    private static void fraction(Properties params, String name) {
        String value = params.getProperty(name, DEFAULTS.get(name)).strip();
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a number above 0 and at most 1: "
                    + value);
        }
    }

    private static void range(Properties params, String name, long min, long max) {
        long value = number(params, name);
        if (value < min || value > max) {
            throw new IllegalArgumentException("parameter '" + name + "' must be between " + min + " and " + max
                    + ": " + params.getProperty(name));
        }
    }

    private static long number(Properties params, String name) {
        String value = params.getProperty(name, DEFAULTS.get(name));
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number: " + value);
        }
    }
}
