package org.despatch.extract;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.compressors.bzip2.BZip2Utils;
import org.apache.commons.compress.compressors.gzip.GzipUtils;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pkg.CompressorParser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.despatch.scan.ArchiveFormat;
import org.despatch.scan.CutShortStream;
import org.despatch.scan.EveryByteStream;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's compressor parser, except for gzip and bzip2, whose one file is read through {@link CutShortStream}, as the
 * scan reads a lone {@code .gz} or {@code .bz2}: a file cut short (an attachment of an interrupted upload) gives
 * its bytes before the cut, and the document they make says it was cut ({@link #CUT_SHORT}). Commons Compress,
 * which Tika reads them with, drops the bytes it inflated in the read that meets the cut, so the attachment was
 * CORRUPT ("EOFException") and its text lost. The file is named as Tika names it: the name stored in a gzip header,
 * else the holder's name without its suffix ({@code logs.tgz} holds {@code logs.tar}).
 */
final class CutShortCompressorParser extends CompressorParser {

    private static final long serialVersionUID = 1L;
    /** Metadata of the compressed file's one document, once its bytes proved cut short: why. */
    static final String CUT_SHORT = "X-Despatch-Cut-Short";
    private static final MediaType GZIP = MediaType.application("gzip");
    private static final MediaType X_GZIP = MediaType.application("x-gzip");
    private static final MediaType BZIP2 = MediaType.application("x-bzip2");
    /** A gzip header's fixed part: magic, method, flags, time, extra flags, system. */
    private static final int GZIP_FIXED_HEADER = 10;
    private static final int FLAG_EXTRA = 4;
    private static final int FLAG_NAME = 8;
    /** A stored name longer than this is not taken (the holder's name is). */
    private static final int MAX_STORED_NAME = 1024;

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        ArchiveFormat format = formatOf(metadata.get(Metadata.CONTENT_TYPE));
        if (format == null) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        String holderName = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        BufferedInputStream compressed = new BufferedInputStream(CloseShieldInputStream.wrap(stream), 64 * 1024);
        Metadata entry = new Metadata();
        String stored = format == ArchiveFormat.GZ ? storedName(compressed) : null;
        String entryName = stored != null ? stored : uncompressedName(format, holderName);
        if (entryName != null) {
            entry.set(TikaCoreProperties.RESOURCE_NAME_KEY, entryName);
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        CutShortStream data = new CutShortStream(format, holderName == null ? "the compressed file" : holderName,
                compressed);
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        if (extractor.shouldParseEmbedded(entry)) {
            try (TikaInputStream tis = TikaInputStream.get(cutNoted(data, entry))) {
                extractor.parseEmbedded(tis, xhtml, entry, true);
            }
        }
        xhtml.endDocument();
    }

    /** The compressed file's bytes; at their end, the document's metadata says whether they were cut short. */
    private static InputStream cutNoted(CutShortStream data, Metadata entry) {
        return new EveryByteStream(data) {
            @Override
            protected void seen(byte[] bytes, int offset, int length) {
                // only the end matters
            }

            @Override
            protected void ended() {
                if (data.cut() != null) {
                    entry.set(CUT_SHORT, data.cut());
                }
            }
        };
    }

    private static ArchiveFormat formatOf(String contentType) {
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        if (type == null) {
            return null;
        }
        MediaType base = type.getBaseType();
        return base.equals(GZIP) || base.equals(X_GZIP) ? ArchiveFormat.GZ : base.equals(BZIP2) ? ArchiveFormat.BZ2
                : null;
    }

    private static String uncompressedName(ArchiveFormat format, String holderName) {
        if (holderName == null || holderName.isEmpty()) {
            return null;
        }
        return format == ArchiveFormat.GZ ? GzipUtils.getUncompressedFileName(holderName)
                : BZip2Utils.getUncompressedFileName(holderName);
    }

    /**
     * The file name a gzip header stores (RFC 1952: after the fixed part and any extra field, ended by a zero byte,
     * in ISO 8859-1), or null; the stream is left where it was.
     */
    static String storedName(BufferedInputStream in) throws IOException {
        in.mark(GZIP_FIXED_HEADER + 2 + 0xFFFF + MAX_STORED_NAME + 1);
        try {
            byte[] fixed = in.readNBytes(GZIP_FIXED_HEADER);
            if (fixed.length < GZIP_FIXED_HEADER || (fixed[0] & 0xFF) != 0x1F || (fixed[1] & 0xFF) != 0x8B
                    || (fixed[3] & FLAG_NAME) == 0) {
                return null;
            }
            if ((fixed[3] & FLAG_EXTRA) != 0) {
                byte[] length = in.readNBytes(2);
                int extra = length.length < 2 ? -1 : (length[0] & 0xFF) | (length[1] & 0xFF) << 8;
                if (extra < 0 || in.readNBytes(extra).length < extra) {
                    return null;
                }
            }
            byte[] name = new byte[MAX_STORED_NAME];
            for (int n = 0, b; n < name.length && (b = in.read()) >= 0; n++) {
                if (b == 0) {
                    return n == 0 ? null : new String(name, 0, n, StandardCharsets.ISO_8859_1);
                }
                name[n] = (byte) b;
            }
            return null;
        } finally {
            in.reset();
        }
    }
}
