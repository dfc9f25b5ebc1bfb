package org.despatch.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.despatch.scan.ContainerLimits;

/**
 * Extracts documents in a separate JVM (a {@link ParseWorker} on the same class path), so a document that hangs
 * or exhausts memory costs that document, not the job: the worker has a heap cap and is killed when it does not
 * answer within the time limit; a dead or killed worker is replaced for the next document (TIMEOUT, or CRASHED
 * with the reason). Workers are also replaced every {@link WorkerSettings#recycleAfter()} documents and after any
 * TIMEOUT or CRASHED result, whose parser thread may still be running inside.
 *
 * <p>A worker that dies other than by its heap cap was killed from outside (an operator, the kernel's OOM killer, a
 * signal to the whole process group) or crashed in native code: the document is parsed once more in a new worker,
 * and is CRASHED only if that one dies too, so that a kill meant for the process does not mark a sound document.
 *
 * <p>The worker tells which embedded document it is reading as it goes. When one exhausts the heap, or a worker dies
 * twice in the same one, the file is parsed once more without it: that embedded document is CRASHED, and the file
 * and the rest of what it holds are read.
 *
 * <p>One worker per extractor; an extractor per partition gives a pool of workers. Not thread-safe.
 */
public final class IsolatedExtractor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IsolatedExtractor.class.getName());

    /** How long a worker may take to start (a JVM and Tika's parsers) before it counts as broken. */
    static final long START_TIMEOUT_MILLIS = 60_000;
    /**
     * The worker enforces the time limit itself and answers TIMEOUT; the job kills it only when even that answer
     * does not come this long after the limit (the whole worker JVM is stuck).
     */
    static final long KILL_GRACE_MILLIS = 2_000;
    /** HotSpot's exit code under -XX:+ExitOnOutOfMemoryError. */
    static final int OUT_OF_MEMORY_EXIT = 3;
    /**
     * The name of every worker's temporary folder starts so: the worker deletes a folder so named when it exits
     * (its job may have died without cleaning up), and never any other.
     */
    static final String TEMP_PREFIX = "despatch-worker-";
    /** System property: the class path for parse workers, where the job's own cannot be found out. */
    public static final String CLASS_PATH_PROPERTY = "despatch.workerClassPath";

    private final ExtractionLimits limits;
    private final ContainerLimits containers;
    private final WorkerSettings settings;
    private final boolean ocr;
    private final Path passwordFile;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "despatch-worker-reader");
        t.setDaemon(true);
        return t;
    });
    private Process worker;
    /** The worker's own temporary folder (Tika spools large embedded documents there), deleted with it. */
    private Path workerTemp;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;
    private int documentsInWorker;
    private int workersStarted;

    /**
     * @param containers how deep and how many embedded documents are extracted
     * @param ocr        read images and image-only PDF pages with tesseract (see {@link Ocr})
     */
    public IsolatedExtractor(ExtractionLimits limits, ContainerLimits containers, WorkerSettings settings,
                             boolean ocr) {
        this(limits, containers, settings, ocr, null);
    }

    /**
     * @param passwordFile the password file whose candidates the workers try on encrypted documents (see
     *                     {@link Passwords}), or null for none: its path goes to them, never its passwords
     */
    public IsolatedExtractor(ExtractionLimits limits, ContainerLimits containers, WorkerSettings settings,
                             boolean ocr, Path passwordFile) {
        this.limits = limits;
        this.containers = containers;
        this.settings = settings;
        this.ocr = ocr;
        this.passwordFile = passwordFile;
    }

    /**
     * Extracts the document at {@code sourcePath} (see {@link org.despatch.scan.SourcePath}) and the documents
     * embedded in it. Whatever the document does, the result says how it ended.
     *
     * @throws IOException when no worker can be started: a fault of the installation, not of the document, so
     *                     the step fails (and can be restarted) rather than marking every document CRASHED
     */
    public Extraction extract(String sourcePath, String fileName, long sizeBytes) throws IOException {
        return extract(sourcePath, fileName, sizeBytes, null);
    }

    /**
     * As {@link #extract(String, String, long)}, reading only the embedded documents {@code focus} wants (null: the
     * whole file).
     */
    public Extraction extract(String sourcePath, String fileName, long sizeBytes, Focus focus) throws IOException {
        long start = System.nanoTime();
        WorkerProtocol.Request request = new WorkerProtocol.Request(sourcePath, fileName, sizeBytes, null, null, focus);
        try {
            return parseTwice(request, start);
        } catch (Deaths first) {
            String culprit = first.blamed();
            if (culprit == null) {
                return crashed(first.reason(), null, fileName, start);
            }
            // the file once more without the embedded document that brought down its workers (a mailbox is not lost
            // to one attachment): that one alone is CRASHED, with the reason
            LOG.warning(() -> "parse worker died in " + culprit + " of " + fileName + " (" + first.reason()
                    + "); parsing the file again without it");
            try {
                return parseTwice(request.skipping(culprit, first.reason()), start);
            } catch (Deaths again) {
                return crashed(again.reason() + ", even without its embedded document " + culprit, again.blamed(),
                        fileName, start);
            }
        }
    }

    /**
     * Parses the file as requested. A worker that dies other than by its heap cap may have been killed from
     * outside, so the file is given a second attempt; a death by the heap would come again, so it is not.
     *
     * @throws Deaths when no attempt answered: how the last one died, and which embedded document is to blame
     */
    private Extraction parseTwice(WorkerProtocol.Request request, long start) throws IOException, Deaths {
        Deque<String> reading = new ArrayDeque<>();
        try {
            return parse(request, start, reading);
        } catch (WorkerDied first) {
            String firstIn = reading.peek();
            if (first.outOfMemory()) {
                throw new Deaths(outOfMemoryReason(), firstIn);
            }
            LOG.warning(() -> "parse worker died on " + request.fileName() + " (" + first.getMessage()
                    + "); parsing it again");
            reading.clear();
            try {
                return parse(request, start, reading);
            } catch (WorkerDied second) {
                String secondIn = reading.peek();
                // by the heap in an embedded document, or killed twice in the same one: that one is to blame
                throw second.outOfMemory() ? new Deaths(outOfMemoryReason(), secondIn)
                        : new Deaths("parse worker died on both attempts: " + second.getMessage(),
                                secondIn != null && secondIn.equals(firstIn) ? secondIn : null);
            }
        }
    }

    /** A file's attempts all ended with their worker's death: why, and the embedded document to blame, or null. */
    private static final class Deaths extends Exception {
        private static final long serialVersionUID = 1L;
        private final String blamed;

        Deaths(String reason, String blamed) {
            super(reason, null, false, false);
            this.blamed = blamed;
        }

        String reason() {
            return getMessage();
        }

        String blamed() {
            return blamed;
        }
    }

    /**
     * One attempt, in the current worker or a new one; {@code reading} is left holding the embedded documents the
     * worker was in, innermost first, if it dies.
     */
    private Extraction parse(WorkerProtocol.Request request, long start, Deque<String> reading)
            throws IOException, WorkerDied {
        String fileName = request.fileName();
        try {
            ensureWorker();
        } catch (IOException e) {
            stopWorker();
            throw new IOException("parse worker did not start: " + TextExtractor.oneLine(e), e);
        }
        documentsInWorker++;
        Future<Extraction> answer = reader.submit(() -> {
            WorkerProtocol.writeRequest(toWorker, request);
            return WorkerProtocol.readAnswer(fromWorker, reading);
        });
        Extraction result;
        try {
            result = answer.get(limits.timeoutMillis() + KILL_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            killWorker();
            return new Extraction(ExtractionResult.failed(ExtractionStatus.TIMEOUT, "parse did not finish within "
                    + limits.timeoutMillis() + " ms; worker killed", MediaTypes.byName(fileName), millisSince(start)),
                    List.of(), reading.peek());
        } catch (ExecutionException e) {
            throw death(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killWorker();
            return crashed("interrupted", null, fileName, start);
        }
        ExtractionStatus status = result.document().status();
        if (status == ExtractionStatus.TIMEOUT || status == ExtractionStatus.CRASHED
                || documentsInWorker >= settings.recycleAfter()) {
            stopWorker();
        }
        return result;
    }

    /** How many worker processes this extractor has started so far. */
    public int workersStarted() {
        return workersStarted;
    }

    private void ensureWorker() throws IOException {
        if (worker != null && worker.isAlive()) {
            return;
        }
        stopWorker();
        workerTemp = Files.createTempDirectory(TEMP_PREFIX);
        worker = new ProcessBuilder(workerCommand(workerTemp)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        workersStarted++;
        documentsInWorker = 0;
        toWorker = new DataOutputStream(new BufferedOutputStream(worker.getOutputStream()));
        fromWorker = new DataInputStream(new BufferedInputStream(worker.getInputStream(), 64 * 1024));
        Future<Integer> ready = reader.submit(fromWorker::readInt);
        try {
            int hello = ready.get(START_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            if (hello != WorkerProtocol.READY) {
                throw new IOException("unexpected greeting " + Integer.toHexString(hello));
            }
        } catch (TimeoutException e) {
            throw new IOException("no answer within " + START_TIMEOUT_MILLIS + " ms");
        } catch (ExecutionException e) {
            throw new IOException("exited with code " + exitCode(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        LOG.fine(() -> "parse worker " + worker.pid() + " started");
    }

    /** The command line of a worker whose temporary folder is {@code temp}. */
    List<String> workerCommand(Path temp) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: Tika's parsers are a large body of code, and a worker compiling it with C2 spent as much CPU
        // compiling as parsing; C1 alone parsed 5,000 documents in 34 s of CPU instead of 58 s
        return List.of(java, "-Xmx" + settings.heapMb() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                // a parser that falls back on the default charset reads alike under a cron job's C locale (ASCII)
                "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + temp,
                "-cp", workerClassPath(),
                ParseWorker.class.getName(), Long.toString(limits.maxFileSizeBytes()),
                Integer.toString(limits.maxChars()), Long.toString(limits.timeoutMillis()), Boolean.toString(ocr),
                Integer.toString(containers.maxDepth()), Integer.toString(containers.maxEmbeddedCount()),
                passwordFile == null ? "" : passwordFile.toAbsolutePath().toString());
    }

    /**
     * The class path the job itself runs with: {@value #CLASS_PATH_PROPERTY} if set, else the URLs of the class
     * loaders that loaded this class (under {@code mvn exec:java} the JVM's own class path is only Maven's), else
     * the JVM's class path.
     */
    static String workerClassPath() {
        String configured = System.getProperty(CLASS_PATH_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        List<String> entries = new ArrayList<>();
        for (ClassLoader l = IsolatedExtractor.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.add(Path.of(url.toURI()).toString());
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            // not a plain file: the JVM's class path below covers the usual cases
                        }
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    /** @param in the embedded document the worker died in, or null */
    private static Extraction crashed(String reason, String in, String fileName, long start) {
        return new Extraction(ExtractionResult.failed(ExtractionStatus.CRASHED, reason, MediaTypes.byName(fileName),
                millisSince(start)), List.of(), in);
    }

    private String outOfMemoryReason() {
        return "parse worker ran out of memory (heap cap " + settings.heapMb() + " MB)";
    }

    /** The worker stopped answering: how it ended, and what reading its answer gave. */
    private WorkerDied death(Throwable readFailure) {
        int code = exitCode();
        stopWorker();
        return new WorkerDied(code, TextExtractor.oneLine(readFailure));
    }

    /** The worker died while parsing; by its heap cap, a second attempt would die too. */
    private static final class WorkerDied extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        WorkerDied(int exitCode, String readFailure) {
            super("exit code " + exitCode + ": " + readFailure, null, false, false);
            this.exitCode = exitCode;
        }

        boolean outOfMemory() {
            return exitCode == OUT_OF_MEMORY_EXIT;
        }
    }

    private int exitCode() {
        try {
            return worker.waitFor(5, TimeUnit.SECONDS) ? worker.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void killWorker() {
        if (worker != null) {
            worker.destroyForcibly();
            exitCode();
        }
        stopWorker();
    }

    /** Closes the worker's stdin, so it exits after its current document; kills it if it is still running. */
    private void stopWorker() {
        if (worker == null) {
            deleteWorkerTemp();  // one that never started
            return;
        }
        Process p = worker;
        worker = null;
        try {
            toWorker.close();
        } catch (IOException ignored) {
            // the pipe is already broken: the worker is gone
        }
        try {
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        deleteWorkerTemp();
    }

    /** Removes what the worker left in its temporary folder (a killed worker cleans up nothing itself). */
    private void deleteWorkerTemp() {
        if (workerTemp != null) {
            deleteTree(workerTemp);
            workerTemp = null;
        }
    }

    /**
     * Deletes a folder and all in it, warning (not failing) when something cannot be deleted; a file that goes
     * while the folder is read (its worker deleting it too) is no failure.
     */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            if (!(e instanceof NoSuchFileException || e.getCause() instanceof NoSuchFileException)) {
                LOG.warning(() -> "could not delete the parse worker's temporary folder " + folder + ": "
                        + TextExtractor.oneLine(e));
            }
        }
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        stopWorker();
        reader.shutdownNow();
    }
}
