package org.despatch.extract;

/**
 * What a sample of bytes says for and against UTF-8: its characters beyond ASCII that are well-formed UTF-8
 * sequences, and its bytes beyond ASCII that belong to none (RFC 3629: no overlong forms, surrogates or values past
 * U+10FFFF). A sequence the sample's end cuts counts for neither.
 *
 * <p>Text in a single-byte code page seldom forms sequences by chance (an accented capital followed by a symbol:
 * "Ã©"), and UTF-8 text holds strays only where something else was pasted into it; so the two counts weigh the
 * declared charsets that old files get wrong both ways.
 *
 * @param sequences well-formed characters of two to four bytes
 * @param strays    bytes beyond ASCII outside any well-formed sequence
 */
record Utf8Evidence(int sequences, int strays) {

    /** The evidence of the first {@code length} bytes of {@code sample}. */
    static Utf8Evidence of(byte[] sample, int length) {
        int sequences = 0;
        int strays = 0;
        int i = 0;
        while (i < length) {
            int b = sample[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int size = sequenceLength(sample, i, length);
            if (size > 0) {
                sequences++;
                i += size;
            } else if (size == CUT) {
                break;
            } else {
                strays++;
                i++;
            }
        }
        return new Utf8Evidence(sequences, strays);
    }

    /** The evidence of the whole sample. */
    static Utf8Evidence of(byte[] sample) {
        return of(sample, sample.length);
    }

    /** Whether the sample holds UTF-8 beyond ASCII and nothing else beyond it. */
    boolean isUtf8BeyondAscii() {
        return sequences > 0 && strays == 0;
    }

    /** Whether more of the sample's bytes beyond ASCII contradict UTF-8 than bear it out. */
    boolean contradictsUtf8() {
        return strays > sequences;
    }

    private static final int INVALID = 0;
    private static final int CUT = -1;

    /** The length of the well-formed sequence at {@code start}, {@link #INVALID}, or {@link #CUT} by the end. */
    private static int sequenceLength(byte[] bytes, int start, int end) {
        int lead = bytes[start] & 0xFF;
        int size;
        int low = 0x80;
        int high = 0xBF;  // the range of the second byte; later ones are always 80..BF
        if (lead >= 0xC2 && lead <= 0xDF) {
            size = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            size = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            size = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return INVALID;
        }
        for (int k = 1; k < size; k++) {
            if (start + k >= end) {
                return CUT;
            }
            int b = bytes[start + k] & 0xFF;
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                return INVALID;
            }
        }
        return size;
    }
}
