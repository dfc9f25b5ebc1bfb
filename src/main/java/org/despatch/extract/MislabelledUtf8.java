package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * A web page whose meta says UTF-8 over bytes in another code page. Tika's detectors take a page's meta at its word,
 * and a page saved by an editor or a content system that re-encoded it without mending the meta (old archives hold
 * many) was stored with a replacement character for each accented letter, status OK (helper-51). Where the detectors
 * answer UTF-8 but more of the text's first bytes beyond ASCII contradict it than bear it out, the detectors that
 * read the bytes alone are asked instead; a UTF-8 page with a few stray bytes pasted into it stays UTF-8.
 */
final class MislabelledUtf8 implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    /** How much of the text is read to weigh the answer. */
    static final int SAMPLE_BYTES = 16_384;

    private final EncodingDetector detector;
    private final EncodingDetector fromBytes;

    /**
     * @param detector  what tells the text's encoding, a document's own declaration first
     * @param fromBytes what tells it from the bytes alone
     */
    MislabelledUtf8(EncodingDetector detector, EncodingDetector fromBytes) {
        this.detector = detector;
        this.fromBytes = fromBytes;
    }

    /** Over Tika's detectors, with the same detectors but the web page's meta to tell from the bytes. */
    static MislabelledUtf8 over(EncodingDetector tikas) {
        EncodingDetector fromBytes = tikas;
        if (tikas instanceof CompositeEncodingDetector composite) {
            List<EncodingDetector> statistical = composite.getDetectors().stream()
                    .filter(d -> !(d instanceof HtmlEncodingDetector)).toList();
            fromBytes = new CompositeEncodingDetector(statistical);
        }
        return new MislabelledUtf8(tikas, fromBytes);
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = detector.detect(input, metadata);
        if (!StandardCharsets.UTF_8.equals(detected) || input == null
                || !Utf8Evidence.of(LatinCharsets.peek(input, SAMPLE_BYTES)).contradictsUtf8()) {
            return detected;
        }
        Charset read = fromBytes.detect(input, metadata);
        return read != null ? read : detected;
    }
}
