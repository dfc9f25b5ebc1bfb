package org.despatch.scan;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * An archive entry's bytes, checked against the CRC-32 its archive recorded for them when the last byte has been
 * read: a damaged entry fails with where and why, instead of passing its damaged text on as if whole.
 */
final class CrcCheckedStream extends EveryByteStream {

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
    protected void seen(byte[] bytes, int offset, int length) {
        crc.update(bytes, offset, length);
    }

    @Override
    protected void ended() throws ZipException {
        if (!checked && crc.getValue() != expected) {
            checked = true;
            throw new ZipException("entry " + entry + " is damaged: its CRC-32 is " + Long.toHexString(crc.getValue())
                    + ", the archive recorded " + Long.toHexString(expected));
        }
        checked = true;
    }
}
