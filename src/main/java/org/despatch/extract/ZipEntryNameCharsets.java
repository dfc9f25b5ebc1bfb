package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.despatch.scan.CodePages;
import org.despatch.scan.EntryNames;

/**
 * The encoding of a ZIP entry's name that is not marked UTF-8, for Tika's package parser, which parses the ZIPs the
 * scan does not list (an attachment, an archive inside a document). Tika's detectors take a DOS name in code page
 * 437 or 850 for windows-1252 ("Au\u00e1enminister" for "Au\u00dfenminister"); it is read as the scan reads a ZIP's
 * names ({@link EntryNames}), in the OEM code page that gives one language's letters, the ZIP format's default
 * (the parser does not say which system wrote the entry). Names that read as East Asian text, or as no language's
 * letters, are left to Tika's detectors.
 */
final class ZipEntryNameCharsets implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    /** The parser gives the name repeated to about a hundred bytes; a name is at most 65,535. */
    private static final int MAX_NAME_BYTES = 1 << 17;

    private final EncodingDetector tikas;

    ZipEntryNameCharsets(EncodingDetector tikas) {
        this.tikas = tikas;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return tikas.detect(null, metadata);
        }
        Charset charset = EntryNames.charsetOf(LatinCharsets.peek(input, MAX_NAME_BYTES), CodePages.OEM);
        return charset != null ? charset : tikas.detect(input, metadata);
    }
}
