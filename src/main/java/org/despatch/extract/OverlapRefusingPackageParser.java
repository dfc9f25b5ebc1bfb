package org.despatch.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pkg.PackageParser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.despatch.scan.OverlappingEntries;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's package parser, except for a ZIP that Tika's detector opened by its central directory (one held in a file:
 * an attachment over {@link EmbeddedDocuments#IN_MEMORY_BYTES}, spooled): its entries are read here, and one whose
 * data lie within an earlier entry's ({@link OverlappingEntries}, an overlapping ZIP bomb) is handed on refused, not
 * opened, so that it is CORRUPT with the reason the scan gives and the kernel is inflated once. Tika's own reading
 * inflated every entry (12 entries over one kernel of 1 MB: 12 MB read, hashed and parsed). A ZIP held in memory is
 * read by Tika from its entries' own headers, in their order, where no entry's data can be met twice.
 */
final class OverlapRefusingPackageParser extends PackageParser {

    private static final long serialVersionUID = 1L;
    /** Entry metadata saying why the entry is not read ({@link EmbeddedDocuments} records it, reading nothing). */
    static final String REFUSED = "X-Despatch-Refused";
    /** Tika's detectors are given a short name repeated to about this many bytes, as Tika's own reading does. */
    private static final int NAME_SAMPLE_BYTES = 100;

    OverlapRefusingPackageParser(EncodingDetector names) {
        super(names);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (stream instanceof TikaInputStream tis && tis.getOpenContainer() instanceof ZipFile zip) {
            parseByDirectory(zip, handler, metadata, context);
        } else {
            super.parse(stream, handler, metadata, context);
        }
    }

    private void parseByDirectory(ZipFile zip, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (metadata.get(Metadata.CONTENT_TYPE) == null) {
            metadata.set(Metadata.CONTENT_TYPE, "application/zip");
        }
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            OverlappingEntries overlapping = OverlappingEntries.of(entries);
            for (ZipArchiveEntry entry : entries) {
                if (!entry.isDirectory()) {
                    parseEntry(zip, entry, overlapping.within(entry), extractor, metadata, xhtml);
                }
            }
        } finally {
            xhtml.endDocument();
        }
    }

    private void parseEntry(ZipFile zip, ZipArchiveEntry entry, ZipArchiveEntry within,
                            EmbeddedDocumentExtractor extractor, Metadata zipMetadata, XHTMLContentHandler xhtml)
            throws IOException, SAXException, TikaException {
        String name = nameOf(entry, zipMetadata);
        Metadata metadata = handleEntryMetadata(name, date(entry.getCreationTime()),
                date(entry.getLastModifiedTime()), entry.getSize(), xhtml);
        if (!extractor.shouldParseEmbedded(metadata)) {
            return;
        }
        if (within != null) {
            metadata.set(REFUSED, OverlappingEntries.reason(name, nameOf(within, zipMetadata)));
            extractor.parseEmbedded(InputStream.nullInputStream(), xhtml, metadata, true);
            return;
        }
        try (InputStream data = zip.getInputStream(entry)) {
            extractor.parseEmbedded(data, xhtml, metadata, true);
        } catch (UnsupportedZipFeatureException e) {
            // an encrypted entry, or a compression method commons-compress cannot read: as Tika records it
            EmbeddedDocumentUtil.recordEmbeddedStreamException(e, zipMetadata);
        }
    }

    /** The entry's name as Tika's reading gives it: its bytes in the charset the detector names, else as marked. */
    private String nameOf(ZipArchiveEntry entry, Metadata zipMetadata) throws IOException {
        byte[] raw = entry.getRawName();
        if (!isDetectCharsetsInEntryNames() || raw == null || raw.length == 0) {
            return entry.getName();
        }
        byte[] sample = raw;
        if (raw.length < NAME_SAMPLE_BYTES) {
            sample = new byte[NAME_SAMPLE_BYTES / raw.length * raw.length];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = raw[i % raw.length];
            }
        }
        Charset charset = getEncodingDetector().detect(new ByteArrayInputStream(sample), zipMetadata);
        return charset == null ? entry.getName() : new String(raw, charset);
    }

    private static Date date(java.nio.file.attribute.FileTime time) {
        return time == null ? null : new Date(time.toMillis());
    }
}
