package org.despatch.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits extracted text into raw paragraphs. Understands both layouts found in archives:
 * paragraphs separated by blank lines (lines inside them wrapped at a fixed width), and one paragraph a line.
 * Inside a block, a line break is read as a wrap (joined with a space, with nothing after a split word, or after a
 * compound's hyphen before a capital, "Austro-" over "Hungarian", keeping the hyphen) when the
 * line is long and does not end a sentence, or when the next line starts in lower case; a sentence that ends at the
 * margin of prose wrapped to a typed width goes on in the next line too.
 *
 * <p>A mail's quoted lines ("&gt; The ministry has confirmed", "&gt;&gt; On Tue ... wrote:") lose their markers, so
 * that a quoted message reads, splits and matches its original as plain text would; a line of markers alone is a
 * blank line, and where the depth of quoting changes one message ends and another begins.
 */
public final class BlockSplitter {

    /** A line at least this share of the block's longest line is taken as filled to the wrap width. */
    static final double WRAP_WIDTH_RATIO = 0.7;

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"')\\]\\u201D\\u2019]$");
    /** No text is wrapped to a narrower column than this: a newspaper's is wider. */
    static final int MIN_WRAP_WIDTH = 25;
    /** The widths in characters that typed and printed prose is wrapped at: a typewriter's, a telegram's, a page's. */
    static final int MIN_TYPED_WIDTH = 50;
    static final int MAX_TYPED_WIDTH = 100;
    /**
     * A block shows its typed width with this many lines at least: of two lines, the longer is the width only
     * because it is the longer ("Ref Maps: ..." over "Time Zone Used Throughout the Order: CHARLIE.").
     */
    static final int MIN_WRAPPED_LINES = 3;
    /** A signature's contact line: "Tel: +44 20 7008 1500", "E-mail: ...", "Mobile +49 ...". */
    private static final Pattern CONTACT = Pattern.compile("(?i)^(tel|phone|telephone|fax|mobile|mob|cell|e-?mail|web)"
            + "\\.?\\s*[:+(\\d]");
    /** Longer lines are not asked whether they are a sign-off. */
    static final int MAX_SIGN_OFF_LENGTH = 40;
    /** A list's item, a cable's numbered paragraph: "2. ", "(b) ", "iv) ", "- ". */
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\(?(\\d{1,3}|\\p{L}|[ivxIVX]{1,4})[.)]\\s"
            + "|[-*\u2022\u00b7]\\s)");
    /** A separator line: "-----Original Message-----", Outlook's rule of underscores, a row of "=" or "*". */
    private static final Pattern SEPARATOR = Pattern.compile("^([-_=*\\u2013\\u2014]{5,}.*"
            + "|.*[-_=*\\u2013\\u2014]{5,})$");
    private static final String SEPARATOR_CHARS = "-_=*\u2013\u2014";

    private BlockSplitter() {
    }

    public static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        if (unified.startsWith(">") || unified.contains("\n>")) {
            unified = unquote(unified);
        }
        // the last paragraph stays open while the next block may go on with it: joined by copying, a sentence
        // broken at every one of a hostile text's many blank lines took time that grew with the square of its length
        StringBuilder open = null;
        String previousBlock = null;
        List<String> blockParagraphs = new ArrayList<>();
        String[] blocks = BLANK_LINES.split(unified);
        int typedWidth = typedWidth(blocks);
        for (String block : blocks) {
            blockParagraphs.clear();
            splitBlock(block, blockParagraphs, typedWidth);
            for (int i = 0; i < blockParagraphs.size(); i++) {
                String paragraph = blockParagraphs.get(i);
                if (i == 0 && open != null && previousBlock != null
                        && continuesAcrossBlankLine(previousBlock, paragraph)) {
                    if (endsInSplitWord(open)) {
                        open.setLength(open.length() - 1);
                    } else {
                        open.append(' ');
                    }
                    open.append(paragraph);
                    continue;
                }
                if (open != null) {
                    paragraphs.add(open.toString());
                }
                open = new StringBuilder(paragraph);
            }
            previousBlock = block;
        }
        if (open != null) {
            paragraphs.add(open.toString());
        }
        return paragraphs;
    }

    /** A word split at the line's end: a lower-case letter, then its hyphen ("govern-" over "ment"). */
    private static boolean endsInSplitWord(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-'
                && Character.getType(text.charAt(n - 2)) == Character.LOWERCASE_LETTER;
    }

    /** A compound broken at its hyphen: a letter, then the hyphen ("Austro-" over "Hungarian"). */
    private static boolean endsInSplitCompound(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.codePointBefore(n - 1));
    }

    /**
     * A sentence broken by a blank line: a PDF's page break, or its paragraph found at the wrong line (PDFBox starts
     * one where an indented first line is followed by the paragraph's flush lines, so "General remarks." over an
     * indented "The trade of Chefoo ... reached a total value of" was cut from "from 412,000 to 356,000 pieces").
     * The line before is filled to a typed width (a line longer than any is a paragraph of its own) and ends no
     * sentence, and the next goes on in lower case.
     */
    private static boolean continuesAcrossBlankLine(String previousBlock, String next) {
        if (!startsLowerCase(next) || LIST_ITEM.matcher(next).find()) {
            return false;  // the cheap test first: most paragraphs begin with a capital
        }
        String lastLine = lastLine(previousBlock);
        return lastLine.length() >= MIN_TYPED_WIDTH && lastLine.length() <= MAX_TYPED_WIDTH
                && !SENTENCE_END.matcher(lastLine).find()
                && !lastLine.contains(" | ") && !lastLine.startsWith("#") && !isSeparator(lastLine);
    }

    private static String lastLine(String block) {
        int end = block.length();
        while (end > 0 && Character.isWhitespace(block.charAt(end - 1))) {
            end--;
        }
        return block.substring(block.lastIndexOf('\n', end - 1) + 1, end).strip();
    }

    /**
     * Removes the markers of quoted lines. Only a run of two or more quoted lines is a quotation: one line beginning
     * with "&gt;" ("&gt;5 km from the border") keeps it.
     */
    static String unquote(String text) {
        String[] lines = text.split("\n", -1);
        int[] depth = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            depth[i] = quoteDepth(lines[i]);
        }
        StringBuilder out = new StringBuilder(text.length());
        int previousDepth = 0;
        for (int i = 0; i < lines.length; i++) {
            boolean quoted = depth[i] > 0 && (i > 0 && depth[i - 1] > 0 || i + 1 < lines.length && depth[i + 1] > 0);
            int lineDepth = quoted ? depth[i] : 0;
            if (i > 0) {
                out.append(lineDepth != previousDepth ? "\n\n" : "\n");
            }
            out.append(quoted ? stripMarkers(lines[i]) : lines[i]);
            previousDepth = lineDepth;
        }
        return out.toString();
    }

    /** How many "&gt;" begin the line, spaces between them allowed ("&gt; &gt; text"). */
    private static int quoteDepth(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
        }
        return depth;
    }

    private static String stripMarkers(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    /**
     * The width the document's prose is typed to, shown by its blocks of {@value #MIN_WRAPPED_LINES} lines or more:
     * the longest of their lines, if between {@value #MIN_TYPED_WIDTH} and {@value #MAX_TYPED_WIDTH} characters; 0
     * when none shows one. A block of two lines shows no width of its own, but is typed to this one.
     */
    static int typedWidth(String[] blocks) {
        int width = 0;
        for (String block : blocks) {
            int lines = 0;
            int longest = 0;
            int start = 0;
            while (start <= block.length()) {
                int end = block.indexOf('\n', start);
                end = end < 0 ? block.length() : end;
                int from = start;
                int to = end;
                while (from < to && Character.isWhitespace(block.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(block.charAt(to - 1))) {
                    to--;
                }
                if (to > from) {
                    lines++;
                    longest = Math.max(longest, to - from);
                }
                start = end + 1;
            }
            if (lines >= MIN_WRAPPED_LINES && longest >= MIN_TYPED_WIDTH && longest <= MAX_TYPED_WIDTH) {
                width = Math.max(width, longest);
            }
        }
        return width;
    }

    private static void splitBlock(String block, List<String> out, int typedWidth) {
        List<String> lines = new ArrayList<>();
        int longest = 0;
        for (String line : block.split("\\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
                longest = Math.max(longest, trimmed.length());
            }
        }
        StringBuilder current = new StringBuilder();
        boolean signature = false;  // a signature's lines (name, post, office, address) each stand alone
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current.length() > 0) {
                String previous = lines.get(i - 1);
                signature |= opensSignature(previous);
                if (signature) {
                    out.add(current.toString());
                    current.setLength(0);
                } else if (endsInSplitWord(previous) && startsLowerCase(line)) {
                    current.setLength(current.length() - 1);
                } else if (endsInSplitCompound(previous) && Character.isUpperCase(line.charAt(0))) {
                    // joined as it stands, hyphen and no space: "Austro- Hungarian" was found by no search
                } else if (isWrap(previous, line, longest, lines.size() >= MIN_WRAPPED_LINES ? longest
                        : longest <= typedWidth ? typedWidth : 0, lines.size())) {
                    current.append(' ');
                } else {
                    out.add(current.toString());
                    current.setLength(0);
                }
            }
            current.append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
    }

    /** @param width the width the block is typed to: its longest line, the document's typed width, or 0 unknown */
    private static boolean isWrap(String line, String next, int longest, int width, int linesInBlock) {
        // a header field ("From: ...", "Subject: ...") begins a line of its own, and so do a date line, a
        // signature's "Tel: ...", a byline under its headline and what follows a separator: a quoted message's
        // header lines are single-spaced, and joined as wrapped lines they hid its subject
        if (HeaderLines.isField(next) || isSeparator(line) || isSeparator(next) || Headings.isDateLine(next)
                || line.contains(" | ") || next.contains(" | ")  // a table's rows, as extraction writes them
                || CONTACT.matcher(next).find() || next.startsWith("By") && CreditLines.isByline(next)) {
            return false;
        }
        if (SENTENCE_END.matcher(line).find()) {
            // "... according to MNF-I reporting;" at the margin of typed prose, over "units moved ...": what goes
            // on in lower case goes on (not a short line of code, a style sheet or a table's cells)
            return startsLowerCase(next) && !LIST_ITEM.matcher(next).find() && longest >= MIN_TYPED_WIDTH
                    && line.length() >= WRAP_WIDTH_RATIO * longest
                    || width > 0 && continuesWrappedProse(line, next, width);
        }
        // three lines or more, all shorter than any column's width, are a signature's, an address's or a list's,
        // each its own: "J R HALLAM" over "Maj" over "SO2 G3 Ops" (two may be one title: "Security Council" over
        // "9586th Meeting (AM)")
        boolean column = longest >= MIN_WRAP_WIDTH || linesInBlock < MIN_WRAPPED_LINES;
        return line.length() >= WRAP_WIDTH_RATIO * longest && column || startsLowerCase(next);
    }

    /**
     * A mail's signature delimiter ("-- "), or a sign-off without the name ("Best regards" over "Katrin"): the lines
     * under it are the signature's, each its own.
     */
    private static boolean opensSignature(String line) {
        return line.equals("--") || line.length() <= MAX_SIGN_OFF_LENGTH && CreditLines.isSignOffAlone(line);
    }

    /**
     * A sentence that ends at the margin of prose typed or printed to a width, the paragraph going on: the next line's
     * first word would not have fitted after it (the block's longest line taken for the width), and the next line is
     * as long, or the paragraph's last. A paragraph that ends leaves room on its line; lines of a paragraph each are
     * wider than any typed width; a list's items, a heading (short) and a sign-off each begin a line of their own.
     */
    private static boolean continuesWrappedProse(String line, String next, int longest) {
        int firstWord = next.indexOf(' ');
        return longest >= MIN_TYPED_WIDTH && longest <= MAX_TYPED_WIDTH
                && line.length() + 1 + (firstWord < 0 ? next.length() : firstWord) > longest
                && ".!?;".indexOf(line.charAt(line.length() - 1)) >= 0
                // the paragraph's last line ends with its full stop, not inside a bracket: "(Continued on page 2.)"
                && (next.length() >= WRAP_WIDTH_RATIO * longest || ".!?".indexOf(next.charAt(next.length() - 1)) >= 0)
                && !LIST_ITEM.matcher(next).find() && !CreditLines.isCredit(next);
    }

    /** Every line is asked twice, so the pattern only where a separator's character begins or ends it. */
    private static boolean isSeparator(String line) {
        return (SEPARATOR_CHARS.indexOf(line.charAt(0)) >= 0
                || SEPARATOR_CHARS.indexOf(line.charAt(line.length() - 1)) >= 0) && SEPARATOR.matcher(line).matches();
    }

    private static boolean startsLowerCase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }
}
