package org.despatch.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.despatch.scan.EveryByteStream;

/**
 * Tells a PDF cut short. PDFBox reads a truncated file leniently and reports no error, so a PDF that lost its last
 * pages was OK with the first ones' text. A PDF ends with its end-of-file marker, {@code %%EOF}, in its last
 * kilobyte (ISO 32000-1, 7.5.5); some writers add a little after it, so the last {@value #TAIL_BYTES} bytes are
 * searched. The bytes are watched as the parser reads them: one that stops before the end proves nothing.
 *
 * <p>One per parse: {@link #watch} the document's stream, then {@link #judge} the result.
 */
final class PdfEnd {

    static final int TAIL_BYTES = 4096;
    static final String REASON = "the PDF ends without its end-of-file marker (cut short)";
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private Tail tail;

    InputStream watch(InputStream in) {
        tail = new Tail(in);
        return tail;
    }

    /** The result as it is, unless it is a PDF read to its end without the marker: then PARTIAL, or CORRUPT. */
    ExtractionResult judge(ExtractionResult r) {
        if (tail == null || !tail.ended || !"application/pdf".equals(r.mediaType()) || tail.holds(EOF_MARKER)) {
            return r;
        }
        return Outcome.cutShort(r, REASON);
    }

    /** Passes the bytes on, keeping the last {@value #TAIL_BYTES} of them in a ring. */
    private static final class Tail extends EveryByteStream {
        private final byte[] ring = new byte[TAIL_BYTES];
        private long count;
        private boolean ended;

        Tail(InputStream in) {
            super(in);
        }

        @Override
        protected void seen(byte[] bytes, int offset, int length) {
            count += Math.max(0, length - TAIL_BYTES);  // bytes that would only be overwritten
            for (int i = Math.max(0, length - TAIL_BYTES); i < length; i++) {
                ring[(int) (count++ % TAIL_BYTES)] = bytes[offset + i];
            }
        }

        @Override
        protected void ended() {
            ended = true;
        }

        boolean holds(byte[] marker) {
            int kept = (int) Math.min(count, TAIL_BYTES);
            byte[] last = new byte[kept];
            for (int i = 0; i < kept; i++) {
                last[i] = ring[(int) ((count - kept + i) % TAIL_BYTES)];
            }
            outer:
            for (int i = 0; i + marker.length <= kept; i++) {
                for (int j = 0; j < marker.length; j++) {
                    if (last[i + j] != marker[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        }
    }
}
