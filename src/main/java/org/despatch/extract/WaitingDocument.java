package org.despatch.extract;

/**
 * A document registered but not yet read, waiting to be read through its holder (see {@link Focus}).
 *
 * @param path          its path below the holder ({@code 3!/report.docx})
 * @param messageOffset where in the holder (an mbox) the message holding it, or that is it, begins (see
 *                      {@link MessagePlace}); -1 where that is not known
 */
public record WaitingDocument(String path, long messageOffset) {
}
