package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.despatch.scan.ContainerLimits;
import org.despatch.testing.Archives;
import org.junit.jupiter.api.Test;

/** Apple Mail's {@code .emlx}: a length line, the message, and a property list of Apple's own. */
class AppleMailTest {

    private static final String PROPERTY_LIST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            <dict>
            \t<key>date-received</key>
            \t<integer>922438800</integer>
            \t<key>flags</key>
            \t<integer>8590195713</integer>
            \t<key>remote-id</key>
            \t<string>applemailonlyproperty</string>
            </dict>
            </plist>
            """;

    private static final byte[] MESSAGE = Archives.mailWithAttachments("Recall",
            "The ambassador was recalled to the capital for consultations.",
            Map.of("note.txt", "Artillery shelled the town overnight.".getBytes(StandardCharsets.UTF_8)));

    /** An {@code .emlx} as Apple Mail writes it: {@code lengthLine}, the message, the property list. */
    private static byte[] emlx(String lengthLine, byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(lengthLine.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(message);
        out.writeBytes(PROPERTY_LIST.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Extraction extract(byte[] bytes, String name) {
        try (TextExtractor x = new TextExtractor(ExtractionLimits.DEFAULTS, false, ContainerLimits.DEFAULTS)) {
            return x.extractAll(() -> new ByteArrayInputStream(bytes), name, bytes.length, 0);
        }
    }

    private static List<String> embedded(Extraction x) {
        return x.embedded().stream().map(e -> e.path() + " " + e.result().status() + " " + e.result().text())
                .toList();
    }

    @Test
    void anEmlxIsReadAsTheMailItHoldsWithItsAttachmentADocumentOfItsOwn() {
        Extraction x = extract(emlx(MESSAGE.length + "\n", MESSAGE), "12345.emlx");
        assertEquals(ExtractionStatus.OK, x.document().status(), x.document().reason());
        assertEquals("The ambassador was recalled to the capital for consultations.", x.document().text());
        assertEquals("message/x-emlx", x.document().mediaType());
        assertEquals("Recall", x.document().title());
        assertEquals(List.of("note.txt OK Artillery shelled the town overnight."), embedded(x));
    }

    @Test
    void aLengthLinePaddedWithSpacesIsReadAsOne() {
        Extraction x = extract(emlx(MESSAGE.length + "        \r\n", MESSAGE), "12345.emlx");
        assertEquals(ExtractionStatus.OK, x.document().status(), x.document().reason());
        assertEquals("The ambassador was recalled to the capital for consultations.", x.document().text());
        assertEquals(1, x.embedded().size());
    }

    @Test
    void theMessageEndsWhereItsLengthSaysNotAtThePropertyList() {
        Extraction x = extract(emlx(MESSAGE.length + "\n", MESSAGE), "12345.emlx");
        String all = x.document().text() + embedded(x);
        assertFalse(all.contains("applemailonlyproperty"), all);
        assertFalse(all.contains("plist"), all);
    }

    @Test
    void anEmlxCutShortKeepsTheMessageBeforeTheCut() {
        byte[] whole = emlx(MESSAGE.length + "\n", MESSAGE);
        // cut inside the attachment's Base64: the mail's body is whole, the attachment is not
        byte[] cut = Arrays.copyOf(whole, indexOf(whole, "Content-Transfer-Encoding".getBytes(
                StandardCharsets.US_ASCII)) + 60);
        Extraction x = extract(cut, "12345.emlx");
        assertEquals(ExtractionStatus.PARTIAL, x.document().status());
        assertEquals("The ambassador was recalled to the capital for consultations.", x.document().text());
        assertTrue(x.document().reason().startsWith(Outcome.DAMAGED_AFTER_TEXT), x.document().reason());
        assertTrue(x.document().reason().contains("cut short: its first line gives the message " + MESSAGE.length
                + " bytes, and " + (cut.length - (MESSAGE.length + "\n").length()) + " follow it"),
                x.document().reason());
    }

    @Test
    void aFileWithoutALengthLineIsReadWholeAsAMessage() {
        Extraction x = extract(MESSAGE, "written-elsewhere.emlx");
        assertEquals(ExtractionStatus.OK, x.document().status(), x.document().reason());
        assertEquals("The ambassador was recalled to the capital for consultations.", x.document().text());
        assertEquals(List.of("note.txt OK Artillery shelled the town overnight."), embedded(x));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
