package org.despatch.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.despatch.classify.ParagraphClassifier;

/**
 * Paragraphs per second of the classifier alone, on the Europarl paragraphs of the ingest benchmark, every one
 * classified as if it were English (the job skips other languages, so this is the classifier's worst case), on one
 * thread and on as many threads as processors, as the job's partitions run it.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.despatch.bench.ClassifyBenchmark -Dexec.args="5000"
 * }</pre>
 */
public final class ClassifyBenchmark {

    private ClassifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<String> paragraphs = paragraphs(EuroparlCorpus.DEFAULT_JAR, documents);
        long t0 = System.nanoTime();
        ParagraphClassifier.classify("Troops shelled the town.", "en");  // trains the learned layer
        System.out.printf(Locale.ROOT, "%d paragraphs from %d documents; model %s trained in %.1f s%n",
                paragraphs.size(), documents, ParagraphClassifier.modelVersion(), (System.nanoTime() - t0) / 1e9);
        classifyAll(paragraphs.subList(0, Math.min(2000, paragraphs.size())), 1);  // warm-up, not measured
        int processors = Runtime.getRuntime().availableProcessors();
        for (int threads : new int[] {1, processors}) {
            t0 = System.nanoTime();
            classifyAll(paragraphs, threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%d thread(s): %.1f s, %.0f paragraphs/s%n", threads, seconds,
                    paragraphs.size() / seconds);
        }
    }

    private static void classifyAll(List<String> paragraphs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    for (int i = first; i < paragraphs.size(); i += threads) {
                        ParagraphClassifier.classify(paragraphs.get(i), null);
                    }
                }));
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The body paragraphs of the first {@code documents} debates, split as the ingest corpus splits them. */
    private static List<String> paragraphs(Path jar, int documents) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile());
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(zip.getInputStream(zip.getEntry(EuroparlCorpus.ENTRY))),
                     StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null && n < documents; line = in.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                n++;
                for (String p : parts[2].split("\\s{3,}")) {
                    if (!p.isBlank()) {
                        out.add(p.strip());
                    }
                }
            }
        }
        return out;
    }
}
