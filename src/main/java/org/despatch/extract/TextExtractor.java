package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.SAXException;

/**
 * Extracts text from one document with Apache Tika's auto-detecting parser, within limits, and says how it
 * ended. Never throws for a bad document: the result carries the status and a one-line reason.
 *
 * <p>The time limit is enforced on a worker thread: a parse that overruns is abandoned (interrupted) and the
 * document is marked TIMEOUT. A parser that ignores interruption keeps its thread busy; a fresh worker takes over.
 */
public final class TextExtractor implements AutoCloseable {

    /** Parser class names that mean "no parser understood this type". */
    private static final String EMPTY_PARSER = "org.apache.tika.parser.EmptyParser";

    private final AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
    private final EncodingDetector encodings = new Windows1252(TikaConfig.getDefaultConfig().getEncodingDetector());
    private final ExtractionLimits limits;
    private final boolean ocr;
    private ExecutorService worker = newWorker();

    /** An extractor without OCR. */
    public TextExtractor(ExtractionLimits limits) {
        this(limits, false);
    }

    /** @param ocr read images and image-only PDF pages with tesseract (see {@link Ocr}) */
    public TextExtractor(ExtractionLimits limits, boolean ocr) {
        this.limits = limits;
        this.ocr = ocr;
    }

    /** An opened document: the stream is read once and closed by the extractor. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    public ExtractionResult extract(Source source, String fileName, long sizeBytes) {
        if (sizeBytes > limits.maxFileSizeBytes()) {
            return ExtractionResult.failed(ExtractionStatus.TOO_LARGE, "file is " + sizeBytes
                    + " bytes, over the limit of " + limits.maxFileSizeBytes(), null, 0);
        }
        if (sizeBytes == 0) {
            return ExtractionResult.failed(ExtractionStatus.EMPTY, "file is empty (0 bytes)", null, 0);
        }
        long start = System.nanoTime();
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        BlockTextHandler handler = new BlockTextHandler(limits.maxChars());
        Future<?> parse = worker.submit(() -> {
            try (InputStream in = source.open()) {
                ParseContext context = new ParseContext();
                context.set(Parser.class, parser);
                TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
                ocrConfig.setSkipOcr(!ocr);  // Tika would otherwise OCR whenever tesseract happens to be installed
                context.set(TesseractOCRConfig.class, ocrConfig);
                context.set(EncodingDetector.class, encodings);
                parser.parse(in, handler, metadata, context);
            }
            return null;
        });
        try {
            parse.get(limits.timeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return ExtractionResult.failed(ExtractionStatus.TIMEOUT, "parse did not finish within "
                    + limits.timeoutMillis() + " ms", mediaType(metadata), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            parse.cancel(true);
            return ExtractionResult.failed(ExtractionStatus.CRASHED, "interrupted", mediaType(metadata),
                    millisSince(start));
        } catch (ExecutionException e) {
            return failure(e.getCause(), metadata, handler, millisSince(start));
        }
        return success(metadata, handler, millisSince(start));
    }

    private ExtractionResult success(Metadata metadata, BlockTextHandler handler, long millis) {
        String parserName = parserName(metadata);
        String text = handler.text();
        if (parserName == null) {
            return ExtractionResult.failed(ExtractionStatus.UNSUPPORTED, "no parser for "
                    + mediaType(metadata), mediaType(metadata), millis);
        }
        ExtractionStatus status;
        String reason = null;
        if (handler.limitReached()) {
            status = ExtractionStatus.PARTIAL;
            reason = "text truncated at the limit of " + limits.maxChars() + " characters";
        } else if (text.isBlank()) {
            status = ExtractionStatus.EMPTY;
            reason = emptyReason(mediaType(metadata), ocr);
        } else {
            status = ExtractionStatus.OK;
        }
        return new ExtractionResult(status, reason, mediaType(metadata), parserName,
                metadata.get(TikaCoreProperties.TITLE), text, millis, metadata.get(TikaCoreProperties.CREATED));
    }

    private ExtractionResult failure(Throwable error, Metadata metadata, BlockTextHandler handler, long millis) {
        if (handler.limitReached()) {
            return success(metadata, handler, millis);  // stopped on purpose at the limit: PARTIAL, text kept
        }
        ExtractionStatus status = classify(error);
        String reason = oneLine(error);
        if (status == ExtractionStatus.CORRUPT && !handler.text().isBlank()) {
            // Tika read part of a damaged file: keep what it read, and say so.
            return new ExtractionResult(ExtractionStatus.PARTIAL, "damaged after some text: " + reason,
                    mediaType(metadata), parserName(metadata), metadata.get(TikaCoreProperties.TITLE),
                    handler.text(), millis, metadata.get(TikaCoreProperties.CREATED));
        }
        return ExtractionResult.failed(status, reason, mediaType(metadata), millis);
    }

    static ExtractionStatus classify(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ZeroByteFileException) {
                return ExtractionStatus.EMPTY;
            }
            if (t instanceof EncryptedDocumentException) {
                return ExtractionStatus.ENCRYPTED;
            }
            if (t instanceof UnsupportedFormatException) {
                return ExtractionStatus.UNSUPPORTED;
            }
            if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                return ExtractionStatus.CRASHED;
            }
        }
        if (error instanceof TikaException || error instanceof SAXException || error instanceof ZipException
                || error instanceof IOException) {
            return ExtractionStatus.CORRUPT;
        }
        return ExtractionStatus.CRASHED;
    }

    /** The deepest cause's message on one line, with its type: enough to tell a researcher what went wrong. */
    public static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String line = (root.getClass().getSimpleName() + message).replaceAll("\\s+", " ").strip();
        return line.length() > 500 ? line.substring(0, 497) + "..." : line;
    }

    private static String emptyReason(String mediaType, boolean ocr) {
        if (mediaType != null && (mediaType.startsWith("image/") || mediaType.equals("application/pdf"))) {
            return ocr ? Ocr.NOTHING_FOUND_REASON : Ocr.DISABLED_REASON;
        }
        return "document holds no text";
    }

    private static String parserName(Metadata metadata) {
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        for (int i = parsers.length - 1; i >= 0; i--) {
            if (!parsers[i].endsWith("DefaultParser") && !parsers[i].equals(EMPTY_PARSER)) {
                return parsers[i].substring(parsers[i].lastIndexOf('.') + 1);
            }
        }
        return null;
    }

    private static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon).strip();
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
