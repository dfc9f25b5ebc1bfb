package org.despatch.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A document's source that counts the bytes its parses read from it: what a parse of a large file (an mbox of
 * gigabytes, read again for the messages waiting in it) costs in reading. A skip is not counted: over a file it is a
 * seek. Counted by the parse's thread, read by the thread that waited for it, even when it ran out of time.
 */
final class CountingSource implements TextExtractor.Source {

    private final TextExtractor.Source source;
    private volatile long bytesRead;

    CountingSource(TextExtractor.Source source) {
        this.source = source;
    }

    @Override
    public InputStream open() throws IOException {
        return counted(source.open());
    }

    @Override
    public InputStream open(Supplier<String> password) throws IOException {
        return counted(source.open(password));
    }

    private InputStream counted(InputStream opened) {
        return new FilterInputStream(opened) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    @Override
    public String cutShort() {
        return source.cutShort();
    }

    /** The bytes read from the streams opened so far. */
    long bytesRead() {
        return bytesRead;
    }
}
