package org.despatch.extract;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.xml.sax.ContentHandler;

/**
 * A Word, PowerPoint or OpenDocument file cut short (a download or a copy that stopped) read by a streaming reader
 * after its usual reader failed. The usual reader builds the whole document before it gives any text, so a DOCX cut
 * inside its body gave none: CORRUPT. Tika's streaming reader gives the paragraphs before the cut: a DOCX of 200
 * paragraphs cut at 60% of its bytes gave 9,748 of its 18,490 characters. It is not the reader for every file,
 * because it names embedded documents by number rather than by their own names ({@code !/1} for
 * {@code !/attached.pdf}) and leaves some out; so it reads only what the other could not, and the embedded documents
 * of such a file are not read. An OpenDocument file is opened by the ZIP directory at its end, which a cut takes
 * away ("zip END header not found"), though office suites write its text near its start: it is read entry after
 * entry instead ({@link StreamedOpenDocument}).
 */
final class OfficeSalvage {

    /** The OpenDocument types read entry after entry (the flat ones are one XML file: no ZIP to lose). */
    private static final Set<String> OPEN_DOCUMENT_TYPES = Set.of(
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.text-template",
            "application/vnd.oasis.opendocument.text-master",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.spreadsheet-template",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.presentation-template",
            "application/vnd.sun.xml.writer");

    /** The media types with a streaming reader: Word's and PowerPoint's XML formats (Tika's), and OpenDocument's. */
    static final Set<String> MEDIA_TYPES = Stream.concat(OPEN_DOCUMENT_TYPES.stream(), Stream.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-word.template.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
            "application/vnd.openxmlformats-officedocument.presentationml.template",
            "application/vnd.ms-powerpoint.presentation.macroenabled.12",
            "application/vnd.ms-powerpoint.slideshow.macroenabled.12")).collect(Collectors.toUnmodifiableSet());

    /** How the reason begins where the streaming reader gave the text. */
    static final String SALVAGED = "read by the streaming reader after the usual one failed (";

    private OfficeSalvage() {
    }

    /**
     * Whether a second reading may give what the first did not: the file CORRUPT without text, of a type with a
     * streaming reader, and none of its embedded documents read (the second reading would name them again).
     */
    static boolean worthTrying(ExtractionResult first, int embeddedRead) {
        return first.status() == ExtractionStatus.CORRUPT && embeddedRead == 0 && first.mediaType() != null
                && MEDIA_TYPES.contains(first.mediaType());
    }

    /** The parse context of the second reading: Tika's streaming readers, embedded documents passed over. */
    static void configure(ParseContext context) {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setUseSAXPptxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        context.set(EmbeddedDocumentExtractor.class, PassOver.INSTANCE);
    }

    /**
     * The parser of the second reading of a file of {@code mediaType}: the auto-detecting one, configured for
     * Tika's streaming readers ({@link #configure}), but for OpenDocument, read entry after entry
     * ({@link StreamedOpenDocument}).
     */
    static Parser reader(String mediaType, Parser autoDetect) {
        return OPEN_DOCUMENT_TYPES.contains(mediaType) ? new StreamedOpenDocument(mediaType) : autoDetect;
    }

    /**
     * The result of the second reading, given the first's: its text where it gave any, always PARTIAL (the file is
     * damaged even where the streaming reader met no error), else the first.
     */
    static ExtractionResult judge(ExtractionResult first, ExtractionResult second) {
        if (second.text() == null || second.text().isBlank()) {
            return first;
        }
        String why = second.status() == ExtractionStatus.PARTIAL && second.reason() != null
                ? "; then " + second.reason() : "";
        return new ExtractionResult(ExtractionStatus.PARTIAL, SALVAGED + first.reason() + ")" + why,
                first.mediaType(), second.parser(), second.title(), second.text(),
                first.parseMillis() + second.parseMillis(), second.created());
    }

    /** Reads no embedded document. */
    private enum PassOver implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    }
}
