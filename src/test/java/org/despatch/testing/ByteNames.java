package org.despatch.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files whose names are given as bytes, URI-escaped ({@code "M%FCnchen.txt"} is Latin-1): Java writes every name it
 * is given as text in the locale's encoding, so a name that is not valid UTF-8 can only be written so.
 */
public final class ByteNames {

    private ByteNames() {
    }

    /** Writes {@code content} to the file at {@code escapedPath} below {@code folder}, making its folders. */
    public static Path write(Path folder, String escapedPath, String content) throws IOException {
        return write(folder, escapedPath, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Path write(Path folder, String escapedPath, byte[] content) throws IOException {
        Path file = Path.of(URI.create(folder.toAbsolutePath().toUri() + escapedPath));
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
