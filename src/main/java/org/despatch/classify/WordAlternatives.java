package org.despatch.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon's alternatives ("talks", "negotiat(e|es|ed)", "foreign (minister|ministry)"), found as whole words in
 * lower-cased text. It finds exactly what one pattern of them all ({@link #combined()}) finds with
 * {@code find()}, in the same order, the first alternative in list order winning at a place; but it tries at each
 * word only the alternatives that can begin with the word's first character. The one pattern tried every
 * alternative at every word, and classification ran three times slower with it.
 */
final class WordAlternatives {

    /** A match: which alternative, where. */
    record Match(int alternative, int start, int end) {
    }

    private static final String NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";
    /** Characters below this get their own choice of alternatives; above it (other scripts) all are tried. */
    private static final int DISPATCHED = 0x250;

    /** The alternatives that can begin with some characters, as one pattern, and their capturing groups. */
    private record Choice(int id, Pattern pattern, int[] alternatives, int[] groups) {
    }

    /** Every alternative's top-level branches, in order, and the alternative each belongs to. */
    private final List<String> branches = new ArrayList<>();
    private final List<Integer> owners = new ArrayList<>();
    private final Choice[] byFirstChar = new Choice[DISPATCHED];
    private final Choice all;
    private final int choices;

    WordAlternatives(List<String> alternatives) {
        for (int a = 0; a < alternatives.size(); a++) {
            for (String branch : branches(alternatives.get(a))) {
                branches.add(branch);
                owners.add(a);
            }
        }
        Pattern[] alone = branches.stream().map(Pattern::compile).toArray(Pattern[]::new);
        Map<List<Integer>, Choice> distinct = new HashMap<>();
        for (char c = 0; c < DISPATCHED; c++) {
            List<Integer> starting = new ArrayList<>();
            for (int b = 0; b < alone.length; b++) {
                if (mayStartWith(alone[b], c)) {
                    starting.add(b);
                }
            }
            if (!starting.isEmpty()) {
                byFirstChar[c] = distinct.computeIfAbsent(starting, s -> choice(distinct.size(), s));
            }
        }
        all = choice(distinct.size(), java.util.stream.IntStream.range(0, alone.length).boxed().toList());
        choices = distinct.size() + 1;
    }

    /**
     * Whether a match of the pattern can begin with the character: it matches it, or it needed more input to
     * tell (the engine hit the end after accepting it). A pattern whose every branch starts with another
     * character fails at the first character without reaching the end.
     */
    private static boolean mayStartWith(Pattern pattern, char c) {
        Matcher m = pattern.matcher(String.valueOf(c));
        return m.lookingAt() || m.hitEnd();
    }

    /** One pattern of the given branches, in order; the alternative each belongs to; its capturing group. */
    private Choice choice(int id, List<Integer> branchIndexes) {
        StringBuilder sb = new StringBuilder(NOT_AFTER_WORD).append("(?:");
        int[] groups = new int[branchIndexes.size()];
        int group = 1;
        for (int j = 0; j < branchIndexes.size(); j++) {
            String regex = branches.get(branchIndexes.get(j));
            sb.append(j == 0 ? "(" : "|(").append(regex).append(')');
            groups[j] = group;
            group += 1 + Pattern.compile(regex).matcher("").groupCount();
        }
        Pattern pattern = Pattern.compile(sb.append(')').append(NOT_BEFORE_WORD).toString());
        return new Choice(id, pattern, branchIndexes.stream().mapToInt(owners::get).toArray(), groups);
    }

    /** One pattern of all alternatives, equivalent to {@link #matches}: its {@code find()} finds the same. */
    Pattern combined() {
        return all.pattern();
    }

    /** The alternatives found in lower-cased text, whole words, in order, not overlapping. */
    List<Match> matches(String text) {
        List<Match> out = new ArrayList<>();
        Matcher[] matchers = new Matcher[choices];
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            Choice choice = c < DISPATCHED ? byFirstChar[c] : all;
            if (choice == null || i > 0 && isAsciiLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Matcher m = matchers[choice.id()];
            if (m == null) {
                m = choice.pattern().matcher(text);
                m.useTransparentBounds(true);  // the look-behind sees the character before the region
                m.useAnchoringBounds(false);
                matchers[choice.id()] = m;
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            out.add(new Match(alternativeOf(choice, m), m.start(), m.end()));
            i = m.end() > i ? m.end() : i + 1;  // as find() goes on after a match
        }
        return out;
    }

    private static int alternativeOf(Choice choice, Matcher m) {
        for (int j = 0; j < choice.groups().length; j++) {
            if (m.start(choice.groups()[j]) >= 0) {
                return choice.alternatives()[j];
            }
        }
        throw new IllegalStateException("a match without an alternative: " + m.group());
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * A regular expression's top-level branches ("war|wars|warfare": three), so that each is tried only at words
     * it can begin: trying them one after another in order is what the expression did.
     */
    static List<String> branches(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }
}
