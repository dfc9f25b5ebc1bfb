package org.despatch.extract;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into plain text that keeps the block structure: the text of each block element
 * (paragraph, heading, list item, table cell) is followed by a blank line, line breaks inside a block stay single.
 * Only the body is kept (no {@code <title>} or {@code <meta>} text). Stops taking text when the character budget
 * is spent and remembers that it did, so the text so far is kept. A file and the documents embedded in it share
 * one budget, so a mail of a thousand attachments holds no more text in memory than one long document.
 */
final class BlockTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "div", "blockquote", "pre", "dt", "dd", "tr", "section", "article", "header", "footer", "title");

    private static final java.util.regex.Pattern BLANK_RUNS = java.util.regex.Pattern.compile("\n[ \t]*\n\\s*\n");

    private final StringBuilder text = new StringBuilder();
    private final CharBudget budget;
    private int bodyDepth;
    private boolean limitReached;

    BlockTextHandler(int maxChars) {
        this(new CharBudget(maxChars));
    }

    BlockTextHandler(CharBudget budget) {
        this.budget = budget;
    }

    /** Characters shared by the handlers of a file and of its embedded documents. */
    static final class CharBudget {
        private final int maxChars;
        private int remaining;

        CharBudget(int maxChars) {
            this.maxChars = maxChars;
            this.remaining = maxChars;
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if ("body".equals(localName)) {
            bodyDepth++;
        } else if (bodyDepth > 0 && BLOCKS.contains(localName)) {
            endBlock();
        } else if (bodyDepth > 0 && "br".equals(localName)) {
            append("\n");
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if ("body".equals(localName)) {
            bodyDepth--;
        } else if (bodyDepth > 0 && BLOCKS.contains(localName)) {
            endBlock();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth > 0) {
            append(new String(ch, start, length));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endBlock() throws SAXException {
        int len = text.length();
        if (len > 0 && !(len >= 2 && text.charAt(len - 1) == '\n' && text.charAt(len - 2) == '\n')) {
            append(text.charAt(len - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    private void append(String s) throws LimitReachedException {
        int room = budget.remaining;
        if (room <= 0) {
            if (!s.isBlank()) {
                limitReached = true;
                throw new LimitReachedException(budget.maxChars);
            }
            return;
        }
        if (s.length() > room) {
            text.append(s, 0, room);
            budget.remaining = 0;
            limitReached = true;
            throw new LimitReachedException(budget.maxChars);
        }
        text.append(s);
        budget.remaining -= s.length();
    }

    /** Thrown at the character limit to stop the parser: the text so far is kept. */
    static final class LimitReachedException extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitReachedException(int maxChars) {
            super("character limit of " + maxChars + " reached");
        }
    }

    boolean limitReached() {
        return limitReached;
    }

    /**
     * The text so far, blocks separated by one blank line; NUL characters (which some databases refuse to store)
     * become U+FFFD.
     */
    String text() {
        return BLANK_RUNS.matcher(text.toString().replace('\u0000', '\uFFFD')).replaceAll("\n\n").strip();
    }
}
