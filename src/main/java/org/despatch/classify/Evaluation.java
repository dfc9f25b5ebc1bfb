package org.despatch.classify;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** A confusion matrix over the three labels, with per-label precision, recall and F1, macro-F1 and accuracy. */
public final class Evaluation {

    private final Map<Label, Map<Label, Integer>> counts = new EnumMap<>(Label.class);
    private int total;

    public void add(Label expected, Label predicted) {
        counts.computeIfAbsent(expected, l -> new EnumMap<>(Label.class)).merge(predicted, 1, Integer::sum);
        total++;
    }

    public int count(Label expected, Label predicted) {
        return counts.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
    }

    public int total() {
        return total;
    }

    public double precision(Label label) {
        int predicted = 0;
        for (Label e : Label.values()) {
            predicted += count(e, label);
        }
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(Label label) {
        int actual = 0;
        for (Label p : Label.values()) {
            actual += count(label, p);
        }
        return actual == 0 ? 0 : (double) count(label, label) / actual;
    }

    public double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (Label l : Label.values()) {
            sum += f1(l);
        }
        return sum / Label.values().length;
    }

    public double accuracy() {
        int right = 0;
        for (Label l : Label.values()) {
            right += count(l, l);
        }
        return total == 0 ? 0 : (double) right / total;
    }

    /** The matrix (rows: expected, columns: predicted) and the scores, as a researcher reads them. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s", "expected\\got"));
        for (Label p : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%11s", p));
        }
        sb.append('\n');
        for (Label e : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%-12s", e));
            for (Label p : Label.values()) {
                sb.append(String.format(Locale.ROOT, "%11d", count(e, p)));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n%-12s %9s %9s %9s%n", "label", "precision", "recall", "f1"));
        for (Label l : Label.values()) {
            sb.append(String.format(Locale.ROOT, "%-12s %9.3f %9.3f %9.3f%n", l, precision(l), recall(l), f1(l)));
        }
        sb.append(String.format(Locale.ROOT, "%nrows %d  accuracy %.3f  macro-F1 %.3f%n", total, accuracy(),
                macroF1()));
        return sb.toString();
    }
}
