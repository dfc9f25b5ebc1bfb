package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML external entities are never resolved: a file:// entity naming a file with a secret in it, in plain XML and
 * in SVG, leaves the secret out of the text while the text around it is read; inside a DOCX the document is
 * refused; an entity expansion bomb ends with a status, quickly.
 */
class XxeTest {

    private static final String SECRET = "SECRET-7c1f-do-not-leak";

    @TempDir
    Path temp;
    private String secretUri;

    @BeforeEach
    void secretFile() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        secretUri = secret.toUri().toString();
    }

    private static ExtractionResult extract(byte[] bytes, String name) {
        try (TextExtractor x = new TextExtractor(new ExtractionLimits(10_000_000, 1_000_000, 30_000))) {
            return x.extract(() -> new ByteArrayInputStream(bytes), name, bytes.length);
        }
    }

    private String doctype(String root) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \""
                + secretUri + "\">]>\n";
    }

    private static void assertReadWithoutTheSecret(ExtractionResult r, String visible) {
        assertFalse(r.text().contains(SECRET), "the external entity was resolved: " + r.text());
        assertTrue(r.text().contains(visible), r.status() + " " + r.reason() + ": " + r.text());
    }

    @Test
    void plainXml() {
        byte[] xml = (doctype("cable") + "<cable><p>The envoy arrived in Damascus.</p><p>&xxe;</p></cable>")
                .getBytes(StandardCharsets.UTF_8);
        assertReadWithoutTheSecret(extract(xml, "cable.xml"), "The envoy arrived in Damascus.");
    }

    @Test
    void svg() {
        byte[] svg = (doctype("svg") + "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Map of Homs</title>"
                + "<text x=\"1\" y=\"1\">Front line north of the river</text><text x=\"1\" y=\"9\">&xxe;</text></svg>")
                .getBytes(StandardCharsets.UTF_8);
        assertReadWithoutTheSecret(extract(svg, "map.svg"), "Front line north of the river");
    }

    @Test
    void docx() throws IOException {
        byte[] plain = Formats.docx("Report", List.of(Formats.Block.p("The talks resumed on Monday."),
                Formats.Block.p("SLOT")));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(plain))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.substring(xml.indexOf("<w:document"));  // its own declaration goes with the DOCTYPE
                    bytes = (doctype("w:document") + xml.replace("SLOT", "&xxe;")).getBytes(StandardCharsets.UTF_8);
                    assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("&xxe;"));
                }
                entries.put(e.getName(), bytes);
            }
        }
        // POI refuses any DOCTYPE in an Office part; Tika's streaming reader then reads the text, the entity not
        // resolved (OfficeSalvage): PARTIAL, saying why
        ExtractionResult r = extract(Formats.zip(entries), "report.docx");
        assertFalse(r.text().contains(SECRET), "the external entity was resolved: " + r.text());
        assertEquals(ExtractionStatus.PARTIAL, r.status());
        assertTrue(r.reason().startsWith(OfficeSalvage.SALVAGED + "SAXParseException: DOCTYPE is disallowed"),
                r.reason());
        assertTrue(r.text().contains("The talks resumed on Monday."), r.text());
    }

    @Test
    void anEntityExpansionBombEndsWithAStatusQuickly() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] bomb = (dtd + "]>\n<lolz>&lol10;</lolz>").getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        ExtractionResult r = extract(bomb, "lolz.xml");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the JDK's parser stops after 20 expansions (Tika's secure setting): what came before is kept
        assertEquals(ExtractionStatus.PARTIAL, r.status(), r.reason());
        assertTrue(r.reason().contains("more than \"20\" entity expansions"), r.reason());
        assertTrue(r.text().length() < 1_000_000, "a billion lols were not expanded");
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }
}
