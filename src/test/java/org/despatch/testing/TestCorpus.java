package org.despatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.despatch.testing.Formats.Block;

/**
 * A reproducible corpus for recovery tests: documents assembled from the sample archive's paragraphs in a
 * seeded random order, in several formats, with one document in ten an exact copy of an earlier one.
 */
public final class TestCorpus {

    private TestCorpus() {
    }

    public static void write(Path dir, int documents, long seed) throws IOException {
        List<Block> pool = new ArrayList<>();
        pool.addAll(SampleArchive.HOMS_REPORT);
        pool.addAll(SampleArchive.PARIS_DESPATCH);
        pool.addAll(SampleArchive.SITUATION_REPORT);
        pool.addAll(SampleArchive.KOSOVO_MEMO);
        pool.addAll(SampleArchive.MARKET_REPORT);
        pool.addAll(SampleArchive.CEASEFIRE_CABLE);
        Random random = new Random(seed);
        List<byte[]> written = new ArrayList<>();
        Files.createDirectories(dir);
        for (int i = 0; i < documents; i++) {
            String name = String.format("doc-%05d", i);
            if (i > 0 && i % 10 == 0) {
                Files.write(dir.resolve(name + ".txt"), written.get(random.nextInt(written.size())));
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            int n = 2 + random.nextInt(5);
            for (int j = 0; j < n; j++) {
                Block b = pool.get(random.nextInt(pool.size()));
                blocks.add(b.heading() ? b : Block.p(b.text() + " (Item " + i + "-" + j + ".)"));
            }
            byte[] bytes;
            String ext;
            switch (i % 4) {
                case 0 -> { bytes = Formats.html("Report " + i, blocks); ext = ".html"; }
                case 1 -> { bytes = Formats.docx("Report " + i, blocks); ext = ".docx"; }
                case 2 -> { bytes = Formats.textWrapped(blocks, 72); ext = ".txt"; }
                default -> { bytes = Formats.textOnePerLine(blocks); ext = ".txt"; }
            }
            if (ext.equals(".txt")) {
                written.add(bytes);
            }
            Files.write(dir.resolve(name + ext), bytes);
        }
    }
}
