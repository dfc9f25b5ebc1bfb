package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.despatch.scan.StrictDecoding;

/**
 * Text in UTF-16 without a byte-order mark, in any script. Tika's detectors tell it for Latin text, whose every
 * second byte is 0, but took Russian in UTF-16LE for a single-byte code page and stored it, OK, as "��>�A�>�;�"
 * (helper-51). In UTF-16 a text in one script has every second byte, the high one, from a few values (0x04 for
 * Cyrillic, 0x06 for Arabic, 0x00 for spaces and digits between), while the low bytes vary; single-byte text shows no
 * such difference between even and odd places. A sample so shaped that decodes to text is taken for UTF-16.
 */
final class UnmarkedUtf16 implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    /** How much of the text is read to tell. */
    static final int SAMPLE_BYTES = 4096;
    /** Fewer bytes than this say too little. */
    private static final int MIN_BYTES = 32;
    /** The share of the high bytes the three most common values hold at least. */
    private static final double HIGH_BYTES_CONCENTRATION = 0.9;
    /** The share of characters that are neither letters, digits, marks, spaces nor punctuation at most. */
    private static final double MAX_ODD_CHARACTERS = 0.02;

    private final EncodingDetector detector;

    /** @param detector what tells every other text's encoding */
    UnmarkedUtf16(EncodingDetector detector) {
        this.detector = detector;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input != null) {
            Charset utf16 = of(LatinCharsets.peek(input, SAMPLE_BYTES));
            if (utf16 != null) {
                return utf16;
            }
        }
        return detector.detect(input, metadata);
    }

    /** UTF-16LE or UTF-16BE where these first bytes of a text read as one without a byte-order mark, else null. */
    static Charset of(byte[] sample) {
        int length = sample.length & ~1;
        if (length < MIN_BYTES || hasByteOrderMark(sample)) {
            return null;  // too short to tell; a marked text is Tika's to read
        }
        if (concentrated(sample, length, 1) && !concentrated(sample, length, 0)) {
            return readsAsText(sample, length, StandardCharsets.UTF_16LE) ? StandardCharsets.UTF_16LE : null;
        }
        if (concentrated(sample, length, 0) && !concentrated(sample, length, 1)) {
            return readsAsText(sample, length, StandardCharsets.UTF_16BE) ? StandardCharsets.UTF_16BE : null;
        }
        return null;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }

    /** Whether three values make up nearly all the bytes at the even (0) or odd (1) places. */
    private static boolean concentrated(byte[] sample, int length, int parity) {
        int[] counts = new int[256];
        for (int i = parity; i < length; i += 2) {
            counts[sample[i] & 0xFF]++;
        }
        int first = 0;
        int second = 0;
        int third = 0;
        for (int c : counts) {
            if (c > first) {
                third = second;
                second = first;
                first = c;
            } else if (c > second) {
                third = second;
                second = c;
            } else if (c > third) {
                third = c;
            }
        }
        return first + second + third >= HIGH_BYTES_CONCENTRATION * (length / 2);
    }

    /** Whether the bytes decode without error to letters, digits, marks, spaces and punctuation, nearly all. */
    private static boolean readsAsText(byte[] sample, int length, Charset utf16) {
        // a surrogate cut at the sample's end is no error of the text's
        String chars = StrictDecoding.orNull(sample, 0,
                length - (endsInHighSurrogate(sample, length, utf16) ? 2 : 0), utf16);
        if (chars == null) {
            return false;
        }
        int odd = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            int type = Character.getType(c);
            boolean text = Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isSurrogate(c)
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.SPACE_SEPARATOR || isPunctuationOrSymbol(type);
            if (!text) {
                odd++;
            }
        }
        return chars.length() > 0 && odd <= MAX_ODD_CHARACTERS * chars.length();
    }

    private static boolean endsInHighSurrogate(byte[] sample, int length, Charset utf16) {
        int high = utf16 == StandardCharsets.UTF_16LE ? sample[length - 1] & 0xFF : sample[length - 2] & 0xFF;
        return high >= 0xD8 && high <= 0xDB;
    }

    private static boolean isPunctuationOrSymbol(int type) {
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
