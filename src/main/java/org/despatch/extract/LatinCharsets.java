package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.despatch.scan.CodePages;

/**
 * Which single-byte Latin code page an undeclared text was written in. Tika's detectors take text in any of them for
 * ISO-8859-1. In old archives that was nearly always windows-1252, which puts curly quotes, dashes and the euro sign
 * where ISO-8859-1 has C1 control characters (browsers decode "ISO-8859-1" so, by the WHATWG Encoding standard); but
 * Polish, Czech or Hungarian text was written in ISO-8859-2 or windows-1250, Turkish in windows-1254, Baltic in
 * windows-1257, and a Macintosh's in Mac Roman, and read as windows-1252 they are stored garbled ("Wroc³awiu",
 * "Dýþiþleri", "dŽjˆ"). So the code pages are tried in turn on the text's first bytes, and the one whose letters
 * beyond ASCII a language's alphabet holds best wins ({@link CodePages}); windows-1252 wins a tie.
 */
final class LatinCharsets implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    private static final Charset WINDOWS_1252 = CodePages.LATIN.get(0);
    /** How much of the text is read to choose. */
    static final int SAMPLE_BYTES = 16_384;

    private final EncodingDetector detector;

    /** @param detector the detector whose ISO-8859-1 answers are taken for one of the Latin code pages */
    LatinCharsets(EncodingDetector detector) {
        this.detector = detector;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = detector.detect(input, metadata);
        if (!StandardCharsets.ISO_8859_1.equals(detected) && !WINDOWS_1252.equals(detected) || input == null) {
            return detected;
        }
        byte[] sample = peek(input, SAMPLE_BYTES);
        // a web page whose meta says iso-8859-1 over UTF-8 bytes was stored "Ã©voquÃ©" (helper-51)
        return Utf8Evidence.of(sample).isUtf8BeyondAscii() ? StandardCharsets.UTF_8 : choose(sample);
    }

    /** The stream's first bytes, up to a limit, the stream left where it was (a detector's supports mark). */
    static byte[] peek(InputStream input, int limit) throws IOException {
        input.mark(limit);
        try {
            return input.readNBytes(limit);
        } finally {
            input.reset();
        }
    }

    /** The Latin code page these bytes were most likely written in. */
    static Charset choose(byte[] sample) {
        return CodePages.likeliest(sample, CodePages.LATIN);
    }
}
