package org.despatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.despatch.extract.LanguageGuesser;
import org.despatch.extract.PlainEnglish;

/**
 * The plain-English test ({@link PlainEnglish}) against the n-gram detector it stands in for, on every paragraph of
 * the Europarl debates long enough to be told on its own (21 languages): how many paragraphs it claims, what the
 * detector says of those, whether it claims any the detector gives another language, and what each costs a
 * paragraph.
 *
 * <pre>{@code
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.despatch.bench.LanguageBenchmark
 * }</pre>
 */
public final class LanguageBenchmark {

    private static final int ROUNDS = 3;

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (EuroparlCorpus.Debate debate : EuroparlCorpus.read(EuroparlCorpus.DEFAULT_JAR, Integer.MAX_VALUE)) {
            debate.paragraphs().stream().filter(p -> p.strip().length() >= 60).forEach(paragraphs::add);
        }
        List<String> detected = new ArrayList<>();
        long detectorNanos = Long.MAX_VALUE;
        long testNanos = Long.MAX_VALUE;
        boolean[] claimed = new boolean[paragraphs.size()];
        // best of a few rounds each, so that neither is measured while the JIT is still compiling it
        for (int round = 0; round < ROUNDS; round++) {
            detected.clear();
            long t0 = System.nanoTime();
            for (String p : paragraphs) {
                detected.add(LanguageGuesser.detectParagraph(p));
            }
            detectorNanos = Math.min(detectorNanos, System.nanoTime() - t0);
            t0 = System.nanoTime();
            for (int i = 0; i < paragraphs.size(); i++) {
                claimed[i] = PlainEnglish.claims(paragraphs.get(i));
            }
            testNanos = Math.min(testNanos, System.nanoTime() - t0);
        }
        Map<String, int[]> byDetected = new TreeMap<>();  // detected language -> {paragraphs, claimed English}
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String language = String.valueOf(detected.get(i));
            int[] counts = byDetected.computeIfAbsent(language, k -> new int[2]);
            counts[0]++;
            if (claimed[i]) {
                counts[1]++;
                if (!"en".equals(language)) {
                    disagreements.add(language + ": " + paragraphs.get(i));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d paragraphs of 60 characters or more%n", paragraphs.size());
        System.out.println("detector says   paragraphs   claimed English by the test");
        byDetected.forEach((language, c) -> System.out.printf(Locale.ROOT, "%-14s %11d %11d%n", language, c[0],
                c[1]));
        System.out.printf(Locale.ROOT, "detector %.4f ms a paragraph, the test %.4f ms (best of %d rounds)%n",
                detectorNanos / 1e6 / paragraphs.size(), testNanos / 1e6 / paragraphs.size(), ROUNDS);
        System.out.println("claimed English where the detector did not say English: " + disagreements.size());
        disagreements.forEach(d -> System.out.println("  " + d));
    }
}
