package org.despatch.extract;

import java.io.IOException;

/**
 * How the parse of one file deals with the documents embedded in it, beyond extracting them: it tells a listener
 * when it starts and ends each one, so that a parse worker's job knows which one the worker was reading if it dies;
 * it does not parse the one to skip (that one, in an earlier attempt, killed its worker), which is CRASHED
 * with the reason it brought down that worker; and with a focus it reads only the embedded documents it wants.
 *
 * @param listener   told of each embedded document's path as its parse starts and ends
 * @param skipPath   the path of the embedded document not to parse, or null
 * @param skipReason why it is not parsed: its status's reason
 * @param focus      the embedded documents the parse is for, or null for the whole file
 */
public record EmbeddedWatch(Listener listener, String skipPath, String skipReason, Focus focus) {

    /** Nothing told, nothing skipped, the whole file read. */
    public static final EmbeddedWatch NONE = new EmbeddedWatch(new Listener() {
    }, null, null, null);

    /** Hears of each embedded document (by its path within the file) as its parse starts and ends. */
    public interface Listener {
        default void started(String path) throws IOException {
        }

        default void ended(String path) throws IOException {
        }
    }

    boolean skips(String path) {
        return path.equals(skipPath);
    }
}
