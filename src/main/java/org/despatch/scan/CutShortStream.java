package org.despatch.scan;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * The bytes of a lone compressed file ({@code memo.txt.gz}, {@code x.bz2}) cut short, an interrupted copy: they end
 * where the compressed bytes do, as if whole, and the cut is noted ({@link #cut}), so that the text before it is kept
 * and its loss said. The decompressor's EOFException at the cut failed the whole document, mostly before Tika had
 * told its type, and its text was lost. A failure is taken for the cut only once the compressed bytes have ended:
 * damage within them still fails.
 */
public final class CutShortStream extends InputStream {

    private final String name;
    private final InputStream decompressed;
    private final byte[] single = new byte[1];
    private boolean compressedEnded;
    private String cut;

    /**
     * @param format GZ or BZ2
     * @param name   the compressed file's name, for the reason
     */
    public CutShortStream(ArchiveFormat format, String name, InputStream compressed) throws IOException {
        this.name = name;
        InputStream watched = new EveryByteStream(compressed) {
            @Override
            protected void seen(byte[] bytes, int offset, int length) {
                // only the end matters
            }

            @Override
            protected void ended() {
                compressedEnded = true;
            }
        };
        // Each gives every byte it decoded before it fails. Commons Compress's gzip reader fails a whole read, the
        // bytes it inflated in it lost (a memo of 20 KB: all of it); the JDK's returns them and fails the next
        // read. A bzip2 block is decoded whole before any of its bytes is given, and read byte by byte so that a
        // failure in the next block loses none of this one.
        decompressed = format == ArchiveFormat.GZ ? new GZIPInputStream(watched, 64 * 1024)
                : new ByteByByte(new BZip2CompressorInputStream(new BufferedInputStream(watched, 64 * 1024), true));
    }

    /** Why the bytes ended before the compressed file's data did, once read to there; null otherwise. */
    public String cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (cut != null) {
            return -1;
        }
        try {
            return decompressed.read(buffer, offset, length);
        } catch (IOException e) {
            if (!compressedEnded) {
                throw e;
            }
            cut = name + " ends early, cut short (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); the bytes before the cut are read";
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        decompressed.close();
    }

    /** Reads many bytes as many reads of one: a failure then costs no byte read before it. */
    private static final class ByteByByte extends FilterInputStream {
        /** A failure met after some bytes of a read: those are given, and the next read throws it. */
        private IOException failed;

        ByteByByte(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (failed != null) {
                throw failed;
            }
            int n = 0;
            try {
                for (int b; n < length && (b = in.read()) >= 0; n++) {
                    buffer[offset + n] = (byte) b;
                }
            } catch (IOException e) {
                if (n == 0) {
                    throw e;
                }
                failed = e;
            }
            return n == 0 && length > 0 ? -1 : n;
        }
    }
}
