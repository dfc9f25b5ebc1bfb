package org.despatch.extract;

import org.despatch.scan.SourcePath;

/**
 * Where a message of an mbox begins: the byte offset of its separator line in the file, and its number (messages are
 * numbered 1, 2, ... in file order, which is their path below the file). A parse for the messages waiting in a
 * mailbox begins there instead of at the file's start ({@link Focus#start}), so that a mailbox of gigabytes read a
 * budget's worth a parse is read about once in all, not once a parse.
 *
 * @param offset the separator line's first byte in the file
 * @param number the message's number, 1 for the first
 */
public record MessagePlace(long offset, int number) {

    public MessagePlace {
        if (offset < 0 || number < 1) {
            throw new IllegalArgumentException("no message begins at offset " + offset + " as number " + number);
        }
    }

    /**
     * The place of the message holding the embedded document at {@code path} (or that is it), whose separator is at
     * {@code offset}; null where the path does not begin with a message's number.
     */
    public static MessagePlace of(long offset, String path) {
        int cut = path.indexOf(SourcePath.ENTRY_SEPARATOR);
        String message = cut < 0 ? path : path.substring(0, cut);
        if (offset < 0 || !message.matches("[1-9][0-9]{0,8}")) {
            return null;
        }
        return new MessagePlace(offset, Integer.parseInt(message));
    }
}
