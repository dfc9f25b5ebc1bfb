package org.despatch.extract;

import org.apache.tika.mime.MimeTypes;

/** Media types for documents whose bytes were never read. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The media type a file's name suggests (Tika's globs), for a document whose bytes were never read: over the size
     * limit, empty, unreadable, nested past the depth limit, or parsed by a worker that never answered.
     * application/octet-stream where the name says nothing; null without a name.
     */
    public static String byName(String fileName) {
        return fileName == null || fileName.isBlank() ? null
                : MimeTypes.getDefaultMimeTypes().getMimeType(fileName).toString();
    }
}
