package org.despatch.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 fingerprints: of file bytes, of one normalized paragraph, and of a document's normalized text. */
public final class ContentHash {

    private ContentHash() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String ofText(String normalized) {
        MessageDigest digest = newDigest();
        digest.update(normalized.getBytes(StandardCharsets.UTF_8));
        return hex(digest);
    }

    /**
     * The fingerprint of a document's content: its normalized paragraphs in order. The same text saved as DOCX,
     * PDF or HTML gives the same value, whatever the bytes of the files.
     */
    public static String ofParagraphs(List<String> normalizedParagraphs) {
        return ofText(String.join("\n", normalizedParagraphs));
    }
}
