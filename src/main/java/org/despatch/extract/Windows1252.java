package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Text that Tika's detectors take for ISO-8859-1 was, in old archives, nearly always written in windows-1252,
 * which puts curly quotes, dashes, the euro sign and more where ISO-8859-1 has C1 control characters (and Tika
 * then gives U+FFFD). Browsers decode "ISO-8859-1" as windows-1252 for this reason (WHATWG Encoding); so does this,
 * and windows-1252 decodes every other ISO-8859-1 byte the same.
 */
final class Windows1252 implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    static final Charset CHARSET = Charset.forName("windows-1252");

    private final EncodingDetector detector;

    /** @param detector the detector whose ISO-8859-1 answers become windows-1252 */
    Windows1252(EncodingDetector detector) {
        this.detector = detector;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = detector.detect(input, metadata);
        return StandardCharsets.ISO_8859_1.equals(detected) ? CHARSET : detected;
    }
}
