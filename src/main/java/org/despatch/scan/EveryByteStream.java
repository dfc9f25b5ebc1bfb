package org.despatch.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A filter stream that sees every byte it passes on, once, and its end: skipped bytes are read through it, and it
 * cannot be reset (a reader that wants to mark buffers above it). For checks over a whole stream: a checksum, a
 * format's end marker.
 */
public abstract class EveryByteStream extends FilterInputStream {

    private static final int SKIP_BUFFER_BYTES = 8192;

    private final byte[] single = new byte[1];

    protected EveryByteStream(InputStream in) {
        super(in);
    }

    /** Bytes read, in order. */
    protected abstract void seen(byte[] bytes, int offset, int length);

    /** The end of the stream was read (perhaps more than once). */
    protected abstract void ended() throws IOException;

    @Override
    public final int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            ended();
        } else {
            single[0] = (byte) b;
            seen(single, 0, 1);
        }
        return b;
    }

    @Override
    public final int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            ended();
        } else {
            seen(buffer, offset, n);
        }
        return n;
    }

    @Override
    public final long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), SKIP_BUFFER_BYTES)];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public final boolean markSupported() {
        return false;
    }

    @Override
    public final synchronized void mark(int readlimit) {
        // not supported: a replay would show bytes twice
    }

    @Override
    public final synchronized void reset() throws IOException {
        throw new IOException("mark/reset not supported");
    }
}
