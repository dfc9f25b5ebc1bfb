package org.despatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.despatch.classify.Label;

/** The seed's lines as blocks, and the seed saved in the other formats EXPECTED.md names. */
public final class SeedDocument {

    public static final String HEADING = "Lavrov Urges Talks";

    /** Line -> acceptable labels, from EXPECTED.md. */
    public static final Map<Integer, Set<Label>> EXPECTED_LABELS = Map.ofEntries(
            Map.entry(1, Set.of(Label.MILITARY)), Map.entry(2, Set.of(Label.MILITARY)),
            Map.entry(3, Set.of(Label.MILITARY)), Map.entry(4, Set.of(Label.OTHER)),
            Map.entry(5, Set.of(Label.MILITARY)), Map.entry(6, Set.of(Label.MILITARY)),
            Map.entry(7, Set.of(Label.MILITARY)), Map.entry(8, Set.of(Label.MILITARY, Label.OTHER)),
            Map.entry(9, Set.of(Label.DIPLOMATIC)), Map.entry(10, Set.of(Label.DIPLOMATIC, Label.MILITARY)),
            Map.entry(11, Set.of(Label.DIPLOMATIC)), Map.entry(12, Set.of(Label.DIPLOMATIC)),
            Map.entry(13, Set.of(Label.DIPLOMATIC)), Map.entry(14, Set.of(Label.DIPLOMATIC)),
            Map.entry(15, Set.of(Label.DIPLOMATIC)), Map.entry(16, Set.of(Label.DIPLOMATIC)),
            Map.entry(17, Set.of(Label.DIPLOMATIC)), Map.entry(18, Set.of(Label.DIPLOMATIC)),
            Map.entry(19, Set.of(Label.OTHER)));

    private SeedDocument() {
    }

    public static List<String> lines() {
        try {
            return Files.readString(SharedData.seed()).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Formats.Block> blocks() {
        return lines().stream().map(l -> l.equals(HEADING) ? Formats.Block.h(l) : Formats.Block.p(l)).toList();
    }

    /** File name to bytes: the seed as DOCX, PDF, HTML, RTF and wrapped text. */
    public static Map<String, byte[]> variants() {
        List<Formats.Block> blocks = blocks();
        String title = "Syria: offensive on Homs";
        return Map.of(
                "seed.docx", Formats.docx(title, blocks),
                "seed.pdf", Formats.pdf(title, blocks),
                "seed.html", Formats.html(title, blocks),
                "seed.rtf", Formats.rtf(blocks),
                "seed-wrapped.txt", Formats.textWrapped(blocks, 72));
    }
}
