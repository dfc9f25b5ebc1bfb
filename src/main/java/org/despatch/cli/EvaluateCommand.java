package org.despatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.despatch.classify.Calibration;
import org.despatch.classify.Classification;
import org.despatch.classify.CrossValidation;
import org.despatch.classify.EventLexicon;
import org.despatch.classify.Evaluation;
import org.despatch.classify.Label;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.control.Tsv;
import org.despatch.extract.LanguageGuesser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code despatch evaluate FILE.tsv}: measures the classifier on labelled text. The file is tab-separated with a
 * header naming at least {@code id}, {@code label} and {@code text}; other columns are ignored, except that a
 * {@code confidence} column adds a second report over the rows marked {@code clear}. Encodings, header case and
 * quoted cells are taken as spreadsheets and scripts write them (see {@link Tsv}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Prints the confusion matrix, per-label precision/recall/F1, macro-F1 and accuracy of the "
                + "classifier on a labelled TSV file (columns label and text, optionally id; others ignored).")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.tsv")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Write each row's prediction, scores and evidence.")
    Path out;

    @Option(names = "--patterns-only", description = "Measure the pattern layer alone, without the learned layer.")
    boolean patternsOnly;

    @Option(names = "--cross-validate", paramLabel = "K", defaultValue = "0",
            description = "Train the learned layer on the file itself, K-fold: each row is predicted by a model "
                    + "trained on the other folds (for files meant for training, never for held-out data).")
    int folds;

    @Option(names = "--cross-validate-by", paramLabel = "COLUMN",
            description = "Train the learned layer on the file itself, leaving out one value of COLUMN at a time "
                    + "(e.g. style): how the model does on a kind of text it was not trained on.")
    String groupColumn;

    @Option(names = "--with-own-sentences",
            description = "With --cross-validate or --cross-validate-by: train each fold on the project's own "
                    + "training sentences too, as the shipped model is: how far labelled text of this kind would "
                    + "take it.")
    boolean withOwnSentences;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(file)) {
            throw new UsageError("file not found: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError("not a file: " + file);
        }
        Path outFolder = out == null ? null : out.toAbsolutePath().getParent();
        if (outFolder != null && !Files.isDirectory(outFolder)) {
            throw new UsageError("--out: no such folder: " + outFolder);
        }
        if (out != null && Files.exists(out) && Files.isSameFile(out, file)) {
            throw new UsageError("--out would overwrite the labelled file itself: " + out);
        }
        Tsv.Table table = Tsv.read(file);
        if (table.header().isEmpty()) {
            throw new UsageError("empty file: " + file);
        }
        int id = table.column("id");  // optional: the line number stands in for it
        int label = column(table, "label");
        int text = column(table, "text");
        int confidence = table.column("confidence");
        int group = groupColumn == null ? -1 : column(table, groupColumn);
        int needed = Math.max(Math.max(label, text), Math.max(Math.max(id, confidence), group)) + 1;
        List<List<String>> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Label> expected = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Tsv.Row row : table.rows()) {
            List<String> cells = row.cells();
            if (cells.size() < needed) {
                throw new UsageError(file + " line " + row.line() + ": expected " + table.header().size()
                        + " tab-separated columns, found " + cells.size());
            }
            if (cells.get(text).isBlank()) {
                throw new UsageError(file + " line " + row.line() + ": the text is empty");
            }
            rows.add(cells);
            ids.add(id >= 0 ? cells.get(id) : "line " + row.line());
            expected.add(parseLabel(cells.get(label), row.line()));
            texts.add(cells.get(text));
            groups.add(group >= 0 ? cells.get(group) : "");
        }
        if (rows.isEmpty()) {
            throw new UsageError(file + ": no rows under the header");
        }
        List<Classification> predicted = predict(expected, texts, groups);
        Evaluation all = new Evaluation();
        Evaluation clear = new Evaluation();
        Calibration diplomatic = new Calibration();
        Calibration military = new Calibration();
        try (BufferedWriter writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (writer != null) {
                writer.write("id\tlabel\tpredicted\tdiplomatic_score\tmilitary_score\tmodel_version\tevidence\n");
            }
            for (int i = 0; i < rows.size(); i++) {
                Classification c = predicted.get(i);
                all.add(expected.get(i), c.label());
                diplomatic.add(c.diplomaticScore(), expected.get(i) == Label.DIPLOMATIC);
                military.add(c.militaryScore(), expected.get(i) == Label.MILITARY);
                if (confidence >= 0 && rows.get(i).get(confidence).strip().equalsIgnoreCase("clear")) {
                    clear.add(expected.get(i), c.label());
                }
                if (writer != null) {
                    writer.write(String.join("\t", cell(ids.get(i)), expected.get(i).name(),
                            c.label().name(),
                            String.format(Locale.ROOT, "%.3f", c.diplomaticScore()),
                            String.format(Locale.ROOT, "%.3f", c.militaryScore()), describeModel(),
                            cell(c.evidence())) + "\n");
                }
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("classifier " + describeModel() + " on " + file);
        w.println(all.report());
        w.printf(Locale.ROOT, "calibration of the scores (expected calibration error over 10 bins; per bin: rows, "
                + "share with the label)%n  diplomatic %.3f  %s%n  military   %.3f  %s%n%n", diplomatic.expectedError(),
                diplomatic.bins(), military.expectedError(), military.bins());
        if (clear.total() > 0) {
            w.println("rows marked clear:");
            w.println(clear.report());
        }
        w.flush();
        return 0;
    }

    private List<Classification> predict(List<Label> expected, List<String> texts, List<String> groups) {
        if (folds == 1 || folds > texts.size() || folds < 0) {
            throw new UsageError("--cross-validate takes 2 to " + texts.size() + " folds: " + folds);
        }
        if (groupColumn != null) {
            if (folds > 0) {
                throw new UsageError("give --cross-validate or --cross-validate-by, not both");
            }
            if (groups.stream().distinct().count() < 2) {
                throw new UsageError("--cross-validate-by " + groupColumn + ": the column needs two values or more");
            }
            return CrossValidation.predictByGroup(expected, texts, groups, withOwnSentences);
        }
        if (folds > 0) {
            return CrossValidation.predict(expected, texts, folds, withOwnSentences);
        }
        if (withOwnSentences) {
            throw new UsageError("--with-own-sentences goes with --cross-validate or --cross-validate-by");
        }
        List<Classification> out = new ArrayList<>();
        for (String t : texts) {
            String language = LanguageGuesser.guess(t);
            out.add(patternsOnly && (language == null || ParagraphClassifier.SUPPORTED_LANGUAGES.contains(language))
                    ? ParagraphClassifier.classifyByPatterns(t) : ParagraphClassifier.classify(t, language));
        }
        return out;
    }

    /** A cell of the --out file: tabs and line breaks would shift its columns or rows. */
    private static String cell(String value) {
        return value.replaceAll("[\t\r\n]+", " ");
    }

    private String describeModel() {
        String trained = withOwnSentences ? ", each fold beside the project's own sentences" : "";
        return groupColumn != null ? ParagraphClassifier.modelVersion() + " (cross-validation leaving out one "
                + groupColumn + " at a time" + trained + ")"
                : folds > 0 ? ParagraphClassifier.modelVersion() + " (" + folds + "-fold cross-validation" + trained
                + ")"
                : patternsOnly ? EventLexicon.VERSION + " (patterns only)" : ParagraphClassifier.modelVersion();
    }

    private int column(Tsv.Table table, String name) {
        int i = table.column(name);
        if (i < 0) {
            boolean commas = table.header().size() == 1 && table.header().get(0).contains(",");
            throw new UsageError(file + ": no '" + name + "' column in the header " + table.header()
                    + (commas ? " (the file looks comma-separated; evaluate reads tab-separated files)" : ""));
        }
        if (table.header().lastIndexOf(table.header().get(i)) != i) {
            throw new UsageError(file + ": two '" + name + "' columns in the header " + table.header());
        }
        return i;
    }

    private Label parseLabel(String value, int line) {
        try {
            return Label.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError(file + " line " + line + ": unknown label '" + value
                    + "' (DIPLOMATIC, MILITARY or OTHER)");
        }
    }
}
