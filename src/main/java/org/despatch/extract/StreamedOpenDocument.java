package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * An OpenDocument file read entry after entry from its start, for the text of its {@code content.xml}, by Tika's
 * parser of that part. Tika's OpenDocument parser opens the file by the ZIP directory at its end (in Tika 3 even when
 * given a stream), which a cut takes away, though office suites write the content near the start.
 */
final class StreamedOpenDocument implements Parser {

    private static final long serialVersionUID = 1L;
    private static final String CONTENT = "content.xml";

    private final String mediaType;

    /** @param mediaType the type the file was told to be, which it keeps */
    StreamedOpenDocument(String mediaType) {
        this.mediaType = mediaType;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.parse(mediaType));
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        metadata.add(TikaCoreProperties.TIKA_PARSED_BY, getClass().getName());  // called directly, not by Tika
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        // entries stored with a data descriptor are allowed: a stored picture before the content is passed over
        try (ZipArchiveInputStream entries = new ZipArchiveInputStream(CloseShieldInputStream.wrap(stream),
                StandardCharsets.UTF_8.name(), true, true)) {
            for (ZipArchiveEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (CONTENT.equals(entry.getName())) {
                    new OpenDocumentContentParser().parse(CloseShieldInputStream.wrap(entries),
                            new EmbeddedContentHandler(xhtml), metadata, context);
                    break;  // the rest is styles, metadata and pictures
                }
            }
        }
        xhtml.endDocument();
    }
}
