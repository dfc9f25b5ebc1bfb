package org.despatch.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.MemoryLimitException;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException.Feature;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.xml.sax.SAXException;

/**
 * How one parse ended, as a status and a one-line reason: the same rules for a file and for each document
 * embedded in it. A limit hit on the way (characters, or embedded documents left out) makes an otherwise readable
 * document PARTIAL, with its text so far.
 */
final class Outcome {

    /** Parser class names that mean "no parser understood this type". */
    private static final String EMPTY_PARSER = "org.apache.tika.parser.EmptyParser";

    private final boolean ocr;
    private final int maxChars;

    /** How the reason of a damaged document whose text so far is kept begins. */
    static final String DAMAGED_AFTER_TEXT = "damaged after some text: ";
    /**
     * How the reason begins where Tika's own guard against zip and XML bombs stopped the parse (elements nested more
     * than 100 deep, text expanding far beyond its bytes): a limit reached, not damage.
     */
    static final String BOMB_GUARD = "stopped by Tika's guard against zip and XML bombs, text before it kept: ";
    /**
     * How the reason of an encrypted ZIP entry begins: commons-compress reads no ZipCrypto or AES entry, with a
     * password or without, so no password file opens one.
     */
    static final String ZIP_ENCRYPTION = "ZIP entry encryption, which Despatch cannot read with any password: ";

    Outcome(boolean ocr, int maxChars) {
        this.ocr = ocr;
        this.maxChars = maxChars;
    }

    /**
     * @param error     what the parser threw, or null
     * @param limitNote why embedded documents were left out, or null
     * @param holds     how many documents embedded in this one were extracted on their own
     */
    ExtractionResult of(Metadata metadata, BlockTextHandler handler, Throwable error, String limitNote, int holds,
                        long millis) {
        if (error != null && !handler.limitReached()) {
            return failure(error, metadata, handler, millis);
        }
        String parserName = parserName(metadata);
        String text = handler.text();
        if (parserName == null) {
            return ExtractionResult.failed(ExtractionStatus.UNSUPPORTED, "no parser for "
                    + mediaType(metadata), mediaType(metadata), millis);
        }
        ExtractionStatus status;
        String reason = null;
        if (handler.limitReached()) {
            // stopped on purpose at the limit: PARTIAL, text kept
            status = ExtractionStatus.PARTIAL;
            reason = "text truncated at the limit of " + maxChars + " characters"
                    + (limitNote == null ? "" : "; " + limitNote);
        } else if (limitNote != null) {
            status = ExtractionStatus.PARTIAL;
            reason = limitNote;
        } else if (text.isBlank()) {
            status = ExtractionStatus.EMPTY;
            reason = holds > 0 ? "no text of its own; the " + holds + " documents embedded in it have rows of their own"
                    : emptyReason(mediaType(metadata), ocr);
        } else {
            status = ExtractionStatus.OK;
        }
        return new ExtractionResult(status, reason, mediaType(metadata), parserName,
                metadata.get(TikaCoreProperties.TITLE), text, millis, metadata.get(TikaCoreProperties.CREATED));
    }

    /**
     * A result read to the end of bytes that proved cut short ({@code reason}): OK becomes PARTIAL, its text kept,
     * EMPTY becomes CORRUPT; any other status says more already.
     */
    static ExtractionResult cutShort(ExtractionResult r, String reason) {
        return switch (r.status()) {
            case OK -> new ExtractionResult(ExtractionStatus.PARTIAL, DAMAGED_AFTER_TEXT + reason, r.mediaType(),
                    r.parser(), r.title(), r.text(), r.parseMillis(), r.created());
            case EMPTY -> new ExtractionResult(ExtractionStatus.CORRUPT, reason, r.mediaType(), r.parser(), r.title(),
                    r.text(), r.parseMillis(), r.created());
            default -> r;
        };
    }

    private ExtractionResult failure(Throwable error, Metadata metadata, BlockTextHandler handler, long millis) {
        ExtractionStatus status = classify(error);
        String reason = isZipEncryption(error) ? ZIP_ENCRYPTION + oneLine(error) : oneLine(error);
        if (status == ExtractionStatus.CORRUPT && !handler.text().isBlank()) {
            // Tika read part of a damaged file, or stopped at its guard: keep what it read, and say so.
            return new ExtractionResult(ExtractionStatus.PARTIAL, (isBombGuard(error) ? BOMB_GUARD
                    : DAMAGED_AFTER_TEXT) + reason,
                    mediaType(metadata), parserName(metadata), metadata.get(TikaCoreProperties.TITLE),
                    handler.text(), millis, metadata.get(TikaCoreProperties.CREATED));
        }
        return new ExtractionResult(status, reason, mediaType(metadata), parserName(metadata), null, "", millis, null);
    }

    /** Tika's SecureContentHandler refused to go on: "Suspected zip bomb: 100 levels of XML element nesting". */
    private static boolean isBombGuard(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Suspected zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZipEncryption(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedZipFeatureException z && z.getFeature() == Feature.ENCRYPTION) {
                return true;
            }
        }
        return false;
    }

    /** Whether the result is an encrypted ZIP entry's, which no password opens here. */
    static boolean isZipEncryption(ExtractionResult result) {
        return result.status() == ExtractionStatus.ENCRYPTED && result.reason() != null
                && result.reason().startsWith(ZIP_ENCRYPTION);
    }

    static ExtractionStatus classify(Throwable error) {
        if (error instanceof AccessDeniedException || error instanceof NoSuchFileException) {
            return ExtractionStatus.UNREADABLE;  // opening the file failed: the file system's fault, not the bytes'
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ZeroByteFileException) {
                return ExtractionStatus.EMPTY;
            }
            if (t instanceof EncryptedDocumentException || t instanceof PasswordRequiredException
                    || t instanceof UnsupportedZipFeatureException z && z.getFeature() == Feature.ENCRYPTION) {
                return ExtractionStatus.ENCRYPTED;
            }
            if (t instanceof UnsupportedFormatException || t instanceof UnsupportedZipFeatureException
                    || t instanceof NoClassDefFoundError) {
                // a ZIP entry's compression method Commons Compress cannot read, or reads only with a library
                // Despatch does not ship (Zstandard, written by 7-Zip ZS and WinZip 24)
                return ExtractionStatus.UNSUPPORTED;
            }
            if (t instanceof MemoryLimitException) {
                return ExtractionStatus.TOO_LARGE;  // a 7z's dictionary, an LZMA stream: over what it may take
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

    /**
     * A file Tika spooled into the worker's temporary folder, which a parser's message may name ("Cannot read
     * encrypted content from /tmp/despatch-worker-1/apache-tika-2.7z"): it says nothing of the document, and would
     * make the same document's reason differ from run to run.
     */
    private static final Pattern TEMPORARY_COPY = Pattern.compile(
            Pattern.quote(Path.of(System.getProperty("java.io.tmpdir")).toString()) + "[/\\\\][^\\s:;,]+");

    /** The deepest cause's message on one line, with its type: enough to tell a researcher what went wrong. */
    static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + TEMPORARY_COPY.matcher(root.getMessage())
                .replaceAll("the document's temporary copy");
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

    /** The detected media type, or where detection never ran (the bytes could not be read), the name's. */
    static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return MediaTypes.byName(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        }
        int semicolon = type.indexOf(';');
        return semicolon < 0 ? type : type.substring(0, semicolon).strip();
    }
}
