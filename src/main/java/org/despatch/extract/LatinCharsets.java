package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Which single-byte Latin code page an undeclared text was written in. Tika's detectors take text in any of them for
 * ISO-8859-1. In old archives that was nearly always windows-1252, which puts curly quotes, dashes and the euro sign
 * where ISO-8859-1 has C1 control characters (browsers decode "ISO-8859-1" so, by the WHATWG Encoding standard); but
 * Polish, Czech or Hungarian text was written in ISO-8859-2 or windows-1250, Turkish in windows-1254, Baltic in
 * windows-1257, and a Macintosh's in Mac Roman, and read as windows-1252 they are stored garbled ("Wroc³awiu",
 * "Dýþiþleri", "dŽjˆ"). So the code pages are tried in turn on the text's first bytes, and the one whose letters
 * beyond ASCII a language's alphabet holds best ({@link Alphabets}) wins; windows-1252 wins a tie.
 */
final class LatinCharsets implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Tried after windows-1252, in this order. */
    static final List<Charset> CANDIDATES = List.of(Charset.forName("ISO-8859-2"), Charset.forName("windows-1250"),
            Charset.forName("windows-1254"), Charset.forName("windows-1257"), Charset.forName("x-MacRoman"));
    /** How much of the text is read to choose. */
    static final int SAMPLE_BYTES = 16_384;
    /** A candidate must hold this much more of the text's letters in an alphabet than windows-1252 does, */
    static final double MIN_GAIN = 0.2;
    /** ... and this share of them at least: mixed languages in windows-1252 fit no one alphabet well either. */
    static final double MIN_FIT = 0.9;

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
        input.mark(SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        return choose(sample);
    }

    /** The Latin code page these bytes were most likely written in. */
    static Charset choose(byte[] sample) {
        if (!hasHighBytes(sample)) {
            return WINDOWS_1252;
        }
        double windows1252 = Alphabets.fit(new String(sample, WINDOWS_1252));
        double needed = Math.max(windows1252 + MIN_GAIN, MIN_FIT);
        Charset best = WINDOWS_1252;
        double bestFit = 0;
        for (Charset candidate : CANDIDATES) {
            double fit = Alphabets.fit(new String(sample, candidate));
            if (fit >= needed && fit > bestFit) {  // the first of equals: ISO-8859-2 and windows-1250 share most
                best = candidate;
                bestFit = fit;
            }
        }
        return best;
    }

    private static boolean hasHighBytes(byte[] sample) {
        for (byte b : sample) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
