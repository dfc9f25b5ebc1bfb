package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.zip.ZipException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.Parser;
import org.despatch.scan.ContainerLimits;
import org.xml.sax.SAXException;

/**
 * Extracts text from one document with Apache Tika's auto-detecting parser, within limits, and says how it
 * ended; documents embedded in it are extracted on their own (see {@link EmbeddedDocuments}). Never throws for a
 * bad document: the result carries the status and a one-line reason.
 *
 * <p>The time limit is enforced on a worker thread: a parse that overruns is abandoned (interrupted) and the
 * document is marked TIMEOUT. A parser that ignores interruption keeps its thread busy; a fresh worker takes over.
 */
public final class TextExtractor implements AutoCloseable {

    private final AutoDetectParser parser = TabledParsers.autoDetect(TikaConfig.getDefaultConfig());
    private final EncodingDetector encodings = new UnmarkedUtf16(
            new LatinCharsets(MislabelledUtf8.over(TikaConfig.getDefaultConfig().getEncodingDetector())));
    private final ExtractionLimits limits;
    private final ContainerLimits containers;
    private final boolean ocr;
    private final Passwords passwords;
    private final Outcome outcome;
    private ExecutorService worker = newWorker();

    /** An extractor without OCR, with the default container limits. */
    public TextExtractor(ExtractionLimits limits) {
        this(limits, false, ContainerLimits.DEFAULTS);
    }

    /**
     * @param ocr        read images and image-only PDF pages with tesseract (see {@link Ocr})
     * @param containers how deep and how many embedded documents are extracted
     */
    public TextExtractor(ExtractionLimits limits, boolean ocr, ContainerLimits containers) {
        this(limits, ocr, containers, Passwords.NONE);
    }

    /** @param passwords tried in turn on a document, or an embedded one, that opens with none (see {@link PasswordTries}) */
    public TextExtractor(ExtractionLimits limits, boolean ocr, ContainerLimits containers, Passwords passwords) {
        this.limits = limits;
        this.ocr = ocr;
        this.containers = containers;
        this.passwords = passwords;
        this.outcome = new Outcome(ocr, limits.maxChars());
    }

    /** An opened document: the stream is read once and closed by the extractor. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;

        /**
         * Opened with a password of the password file, which {@code password} gives (and notes as asked for): for
         * an entry of an encrypted archive the scan lists (a 7z), read before any parser sees it. By default as
         * {@link #open()}.
         */
        default InputStream open(Supplier<String> password) throws IOException {
            return open();
        }

        /**
         * Asked once the stream was read: why its bytes ended before the document did (a lone {@code .gz} cut
         * short, its bytes before the cut given as if whole), or null.
         */
        default String cutShort() {
            return null;
        }
    }

    /** The document alone, for a caller that has no use for the documents embedded in it. */
    public ExtractionResult extract(Source source, String fileName, long sizeBytes) {
        return extractAll(source, fileName, sizeBytes, 0).document();
    }

    /**
     * The document and the documents embedded in it.
     *
     * @param depth how many containers already hold the document (see {@link org.despatch.scan.SourcePath#depth})
     */
    public Extraction extractAll(Source source, String fileName, long sizeBytes, int depth) {
        return extractAll(source, fileName, sizeBytes, depth, EmbeddedWatch.NONE);
    }

    /**
     * As {@link #extractAll(Source, String, long, int)}, telling {@code watch} of each embedded document's parse,
     * leaving out the one it names, and, where it has a {@link Focus}, reading only the documents it wants.
     */
    public Extraction extractAll(Source source, String fileName, long sizeBytes, int depth, EmbeddedWatch watch) {
        if (sizeBytes > limits.maxFileSizeBytes() && !isMailbox(source, fileName)) {
            // the scan counts a file of unrecorded size (a .gz) to one byte past the limit, no further
            String reason = sizeBytes == limits.maxFileSizeBytes() + 1
                    ? "file is larger than the limit of " + limits.maxFileSizeBytes() + " bytes"
                    : "file is " + sizeBytes + " bytes, over the limit of " + limits.maxFileSizeBytes();
            return Extraction.alone(ExtractionResult.failed(ExtractionStatus.TOO_LARGE, reason,
                    MediaTypes.byName(fileName), 0));
        }
        if (sizeBytes == 0) {
            return Extraction.alone(ExtractionResult.failed(ExtractionStatus.EMPTY, "file is empty (0 bytes)",
                    MediaTypes.byName(fileName), 0));
        }
        long start = System.nanoTime();
        return PasswordTries.open(passwords, password -> parse(source, fileName, depth, watch, password, start),
                Extraction::document, Extraction::withDocument);
    }

    /**
     * One parse of the file with {@code password} (none, or a candidate of the password file), in the time left of
     * the file's limit, which all its parses share.
     */
    private Extraction parse(Source source, String fileName, int depth, EmbeddedWatch watch, PasswordTry password,
                             long start) {
        Metadata metadata = named(fileName);
        // a parse with a focus is for documents embedded in the file, whose own text was stored before
        BlockTextHandler handler = watch.focus() == null ? new BlockTextHandler(limits.maxChars())
                .readingOnPastLimitFor(metadata) : BlockTextHandler.discarding();
        ParseContext context = new ParseContext();
        EmbeddedDocuments embedded = new EmbeddedDocuments(parser, context, limits, containers, outcome, depth, watch,
                passwords);
        PdfEnd pdfEnd = new PdfEnd();
        CountingSource counted = new CountingSource(source);
        MessagePlace place = watch.focus() == null ? null : watch.focus().start();
        Future<?> parse = worker.submit(parsing(parser, place == null ? counted : new MailboxSeek(counted, place,
                embedded::resumeAt), pdfEnd, handler, metadata, context, password));
        try {
            parse.get(Math.max(0, limits.timeoutMillis() - millisSince(start)), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            EmbeddedDocuments.Stopped stopped = embedded.stop();
            String textSoFar = handler.seal();
            abandon(parse);
            return new Extraction(new ExtractionResult(ExtractionStatus.TIMEOUT, timeoutReason(stopped, textSoFar),
                    Outcome.mediaType(metadata), null, null, textSoFar, millisSince(start), null),
                    stopped.results(), stopped.reading(), embedded.budgetSpent(), counted.bytesRead());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return Extraction.alone(ExtractionResult.failed(ExtractionStatus.CRASHED, "interrupted",
                    Outcome.mediaType(metadata), millisSince(start)));
        } catch (ExecutionException e) {
            ExtractionResult file = outcome.of(metadata, handler, e.getCause(), embedded.fileLimitNote(),
                    embedded.fileHolds(), millisSince(start));
            if (watch.focus() == null && OfficeSalvage.worthTrying(file, embedded.results().size())) {
                file = salvaged(counted, fileName, file, password, start);
            }
            return new Extraction(file, embedded.results(), null, embedded.budgetSpent(), counted.bytesRead());
        }
        ExtractionResult file = pdfEnd.judge(outcome.of(metadata, handler, null, embedded.fileLimitNote(),
                embedded.fileHolds(), millisSince(start)));
        String cut = source.cutShort();
        if (cut != null) {
            file = Outcome.cutShort(file, cut);
        }
        return new Extraction(watch.focus() == null ? file : readToItsEnd(file), embedded.results(), null,
                embedded.budgetSpent(), counted.bytesRead());
    }

    /** The parse of a document, to run on the worker thread; the context is completed here, on that thread. */
    private Callable<Void> parsing(Parser reader, Source source, PdfEnd pdfEnd, BlockTextHandler handler,
                                   Metadata metadata, ParseContext context, PasswordTry password) {
        return () -> {
            PasswordTry.Restore restore = password.apply(context);
            try (InputStream in = pdfEnd.watch(password.candidate() == null ? source.open()
                    : source.open(() -> password.getPassword(null)))) {
                context.set(Parser.class, parser);
                context.set(HtmlMapper.class, WebPageMapper.INSTANCE);
                Ocr.configure(context, ocr);
                context.set(EncodingDetector.class, encodings);
                reader.parse(in, handler, metadata, context);
            } finally {
                restore.undo();  // the thread's POI key would be read by the next document's parse
            }
            return null;
        };
    }

    /**
     * A Word, PowerPoint or OpenDocument file the usual reader found CORRUPT read again by a streaming one, within the time
     * left of the document's limit ({@link OfficeSalvage}); the first result where that gives no text.
     */
    private ExtractionResult salvaged(Source source, String fileName, ExtractionResult first, PasswordTry password,
                                      long startNanos) {
        long leftMillis = limits.timeoutMillis() - millisSince(startNanos);
        if (leftMillis <= 0) {
            return first;
        }
        long start = System.nanoTime();
        Metadata metadata = named(fileName);
        BlockTextHandler handler = new BlockTextHandler(limits.maxChars());
        ParseContext context = new ParseContext();
        OfficeSalvage.configure(context);
        Parser reader = OfficeSalvage.reader(first.mediaType(), parser);
        Future<?> parse = worker.submit(parsing(reader, source, new PdfEnd(), handler, metadata, context, password));
        Throwable error = null;
        try {
            parse.get(leftMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(parse);
            return first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return first;
        } catch (ExecutionException e) {
            error = e.getCause();
        }
        return OfficeSalvage.judge(first, outcome.of(metadata, handler, error, null, 0, millisSince(start)));
    }

    /** Gives up a parse out of time: its thread may never return, so a fresh one takes the next parse. */
    private void abandon(Future<?> parse) {
        parse.cancel(true);
        worker.shutdownNow();
        worker = newWorker();
    }

    /**
     * Whether the file is an mbox, to which the size limit does not apply as a whole: it is read a message at a time,
     * each message a document of its own within the limits (one over the size limit is TOO_LARGE), its text a budget
     * at a time, so its size costs time, not memory. A mail archive exported whole (Gmail's Takeout, a Thunderbird
     * folder) is often gigabytes, and was TOO_LARGE unless the limit was raised for every other file too.
     */
    private boolean isMailbox(Source source, String fileName) {
        try (TikaInputStream in = TikaInputStream.get(source.open())) {
            return MailboxParser.MBOX.equals(parser.getDetector().detect(in, named(fileName)));
        } catch (IOException | RuntimeException e) {
            return false;  // unreadable: the size limit speaks for it, as before
        }
    }

    private static Metadata named(String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return metadata;
    }

    /** A focused parse keeps none of the file's own text: one that found none is no EMPTY file, it ended well. */
    private static ExtractionResult readToItsEnd(ExtractionResult file) {
        return file.status() != ExtractionStatus.EMPTY ? file : new ExtractionResult(ExtractionStatus.OK, null,
                file.mediaType(), file.parser(), file.title(), "", file.parseMillis(), file.created());
    }

    /**
     * "parse did not finish within 500 ms, in 2/stuck.pdf; the 1 embedded document read before it is kept": where
     * the time ran out, and what of the file is not lost, its own text so far and its embedded documents read (a
     * retry with a longer limit reads it whole).
     */
    private String timeoutReason(EmbeddedDocuments.Stopped stopped, String textSoFar) {
        StringBuilder reason = new StringBuilder("parse did not finish within " + limits.timeoutMillis() + " ms");
        if (stopped.reading() != null) {
            reason.append(", in ").append(stopped.reading());
        }
        if (!textSoFar.isBlank()) {
            reason.append("; the ").append(textSoFar.length()).append(" characters of its text read before it are "
                    + "kept");
        }
        int kept = stopped.results().size();
        if (kept > 0) {
            reason.append("; the ").append(kept).append(kept == 1 ? " embedded document read before it is kept"
                    : " embedded documents read before it are kept");
        }
        return reason.toString();
    }

    /** The deepest cause's message on one line, with its type: enough to tell a researcher what went wrong. */
    public static String oneLine(Throwable error) {
        return Outcome.oneLine(error);
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "despatch-parse");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
