package org.despatch.extract;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/** Media types for documents whose bytes were never read, and what a type may hold. */
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

    /**
     * Whether a document of this type may hold embedded documents: anything but text ({@code text/*}, a web page
     * included), which Tika's parsers read as one text. XML may (a FictionBook holds its pictures), a mail is
     * {@code message/*}, and an unknown type may hold some.
     */
    public static boolean mayHoldDocuments(String mediaType) {
        MediaType type = mediaType == null ? null : MediaType.parse(mediaType);
        return type == null || !"text".equals(type.getType());
    }
}
