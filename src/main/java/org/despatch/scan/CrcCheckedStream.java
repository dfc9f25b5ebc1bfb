package org.despatch.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * An archive entry's bytes, checked against the CRC-32 its archive recorded for them when the last byte has been
 * read: a damaged entry fails with where and why, instead of passing its damaged text on as if whole.
 */
final class CrcCheckedStream extends FilterInputStream {

    private static final int SKIP_BUFFER_BYTES = 8192;

    private final CRC32 crc = new CRC32();
    private final long expected;
    private final String entry;
    private boolean checked;

    /**
     * @param expected the CRC-32 the archive recorded
     * @param entry    the entry's name, for the message
     */
    CrcCheckedStream(InputStream in, long expected, String entry) {
        super(in);
        this.expected = expected;
        this.entry = entry;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            check();
        } else {
            crc.update(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            check();
        } else {
            crc.update(buffer, offset, n);
        }
        return n;
    }

    /** Skipped bytes are read, so that the check still sees every byte. */
    @Override
    public long skip(long n) throws IOException {
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

    private void check() throws ZipException {
        if (!checked && crc.getValue() != expected) {
            checked = true;
            throw new ZipException("entry " + entry + " is damaged: its CRC-32 is " + Long.toHexString(crc.getValue())
                    + ", the archive recorded " + Long.toHexString(expected));
        }
        checked = true;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
