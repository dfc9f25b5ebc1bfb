package org.despatch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into plain text that keeps the block structure: the text of each block element
 * (paragraph, heading, list item, table cell) is followed by a blank line, line breaks inside a block stay single.
 * A heading (HTML's {@code <h1>} to {@code <h6>}, a word processor's heading styles) is marked as Markdown marks
 * one ("## Talks in Brussels"), so that the segmenter knows it for a heading however long or plain it is.
 * Only the body is kept (no {@code <title>} or {@code <meta>} text). Stops taking text at the document's own
 * character limit and remembers that it did, so the text so far is kept; the parse stops there too, unless the
 * document may hold embedded documents ({@link #readingOnPastLimitFor}). A document embedded in the file being
 * parsed also draws on the parse's shared budget, so that a mail of a thousand attachments holds no more text in
 * memory than one long document: when that is spent, the handler stops ({@link #budgetSpent}) and the document is
 * set aside whole, for a later parse of its holder that reads it first (see {@link EmbeddedDocuments}).
 *
 * <p>A web page's furniture ({@link PageFurniture}: navigation, share buttons, "Related stories", the site's
 * footer) is left out. Furniture that holds a story (an {@code <article>}, {@code <main>} or {@code <h1>}, or more
 * than {@value PageFurniture#MAX_CHARS} characters) was a wrapper named like furniture and keeps its text, and a page
 * of nothing but furniture keeps all of it: a page never loses its story to its class names.
 */
final class BlockTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "div", "blockquote", "pre", "dt", "dd", "tr", "section", "article", "header", "footer", "title", "main",
            "figure", "figcaption");

    private static final java.util.regex.Pattern BLANK_RUNS = java.util.regex.Pattern.compile("\n[ \t]*\n\\s*\n");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    /** A row whose cells are all this short at most, and this short together, is one line of a table. */
    static final int MAX_CELL_CHARS = 800;
    static final int MAX_ROW_CHARS = 2000;

    private final StringBuilder text = new StringBuilder();
    /** The document's own limit, and the parse's shared budget (null: it draws on none, and is never set aside). */
    private final CharBudget own;
    private final CharBudget shared;
    /** Takes no text at all: a holder opened only to reach what it holds. */
    private final boolean discards;
    /** A heading's mark ("## " for {@code <h2>}), written before its first character of text; null outside one. */
    private String headingMark;
    /** Where the text of the table row being read begins, and each of its cells; -1 outside a row. */
    private int rowStart = -1;
    private final List<Integer> cellStarts = new ArrayList<>();
    /** The row holds a table or furniture of its own: it keeps its blocks. */
    private boolean rowSpoiled;
    private int bodyDepth;
    private int articleDepth;
    private boolean limitReached;
    private boolean budgetSpent;
    /** The text was taken (a parse out of time): nothing more is written. */
    private boolean sealed;
    /** Open elements inside the furniture being set aside, its own included; 0 outside furniture. */
    private int furnitureDepth;
    private StringBuilder furniture;
    private boolean furnitureHoldsStory;
    /** The furniture left out, and where in the text each stood, for a page that turns out to be all furniture. */
    private final List<LeftOut> leftOut = new ArrayList<>();

    private record LeftOut(int offset, String text) {
    }

    /** Where each printed page's text begins (Tika's PDF parser writes a page as {@code <div class="page">}). */
    private final List<Integer> pageStarts = new ArrayList<>();
    /**
     * The metadata of the document being parsed, whose detected type tells at the limit whether the parse goes on
     * for the documents it holds; null: it stops there.
     */
    private Metadata readsOnPastLimitFor;

    /** A document's text up to {@code maxChars}, drawing on no shared budget. */
    BlockTextHandler(int maxChars) {
        this(new CharBudget(maxChars), null, false);
    }

    /**
     * @param own    the document's own limit
     * @param shared the parse's budget it also draws on, or null
     */
    BlockTextHandler(CharBudget own, CharBudget shared) {
        this(own, shared, false);
    }

    private BlockTextHandler(CharBudget own, CharBudget shared, boolean discards) {
        this.own = own;
        this.shared = shared;
        this.discards = discards;
    }

    /**
     * Past its own limit, the document's text is no longer taken but the parse goes on if the document may hold
     * embedded documents ({@link MediaTypes#mayHoldDocuments}, asked at the limit of the type detected by then): a
     * mail's attachments and an Office file's embedded files come after its text, and stopping there lost them.
     */
    BlockTextHandler readingOnPastLimitFor(Metadata metadata) {
        this.readsOnPastLimitFor = metadata;
        return this;
    }

    /** A handler that keeps nothing: for a holder opened only to reach the embedded documents a parse is for. */
    static BlockTextHandler discarding() {
        return new BlockTextHandler(new CharBudget(0), null, true);
    }

    /** Characters a document may take, or a parse's documents together. */
    static final class CharBudget {
        private final int maxChars;
        private int remaining;

        CharBudget(int maxChars) {
            this.maxChars = maxChars;
            this.remaining = maxChars;
        }

        int remaining() {
            return remaining;
        }
    }

    @Override
    public synchronized void startElement(String uri, String localName, String qName, Attributes atts)
            throws SAXException {
        stopIfSealed();
        if (furnitureDepth > 0) {
            furnitureDepth++;
            furnitureHoldsStory |= PageFurniture.marksAStory(localName);
        } else if (bodyDepth > 0 && PageFurniture.isFurniture(localName, atts, articleDepth > 0)) {
            endBlock();
            rowSpoiled = true;
            furnitureDepth = 1;
            furniture = new StringBuilder();
            furnitureHoldsStory = false;
            return;
        }
        articleDepth += "article".equals(localName) ? 1 : 0;
        if (bodyDepth > 0 && "div".equals(localName) && "page".equals(atts.getValue("class"))) {
            endBlock();
            pageStarts.add(text.length());
        }
        if ("body".equals(localName)) {
            bodyDepth++;
        } else if (bodyDepth > 0 && BLOCKS.contains(localName)) {
            endBlock();
            headingMark = headingLevel(localName) > 0 ? "#".repeat(headingLevel(localName)) + " " : null;
            startRowOrCell(localName);
        } else if (bodyDepth > 0 && "br".equals(localName)) {
            append("\n");
        }
    }

    @Override
    public synchronized void endElement(String uri, String localName, String qName) throws SAXException {
        stopIfSealed();
        if (furnitureDepth > 0 && --furnitureDepth == 0) {
            boolean wrapper = isAStorysWrapper();
            String aside = furniture.toString().strip();
            furniture = null;
            if (wrapper) {
                text.append(aside);
                endBlock();
            } else if (!aside.isEmpty()) {
                leftOut.add(new LeftOut(text.length(), aside));
            }
            return;
        }
        articleDepth -= "article".equals(localName) ? 1 : 0;
        if ("body".equals(localName)) {
            bodyDepth--;
        } else if (bodyDepth > 0 && BLOCKS.contains(localName)) {
            endBlock();
            headingMark = null;
            if ("tr".equals(localName)) {
                endRow();
            }
        } else if ("table".equals(localName) && rowStart >= 0) {
            rowSpoiled = true;  // a table inside a row's cell: a page laid out in tables
        }
    }

    private void startRowOrCell(String localName) {
        if ("tr".equals(localName)) {
            rowSpoiled = rowStart >= 0;
            rowStart = rowSpoiled ? rowStart : text.length();
            cellStarts.clear();
        } else if (rowStart >= 0 && ("td".equals(localName) || "th".equals(localName))) {
            cellStarts.add(text.length());
        }
    }

    /**
     * A table's row of short cells is one line, its cells between " | ": a war diary's "HERMANVILLE | 6.6.44 | 0725
     * | Bn landed ...", a spreadsheet's row; a row of long cells (a page laid out in a table) keeps its blocks.
     */
    private void endRow() {
        int start = rowStart;
        rowStart = -1;
        if (start < 0 || rowSpoiled || furnitureDepth > 0 || cellStarts.size() < 2) {
            return;
        }
        List<String> cells = new ArrayList<>();
        int total = 0;
        for (int k = 0; k < cellStarts.size(); k++) {
            int end = k + 1 < cellStarts.size() ? cellStarts.get(k + 1) : text.length();
            String cell = WHITESPACE.matcher(text.substring(cellStarts.get(k), end)).replaceAll(" ").strip();
            if (cell.length() > MAX_CELL_CHARS) {
                return;
            }
            if (!cell.isEmpty()) {
                cells.add(cell);
                total += cell.length();
            }
        }
        String row = String.join(" | ", cells) + "\n\n";
        int growth = row.length() - (text.length() - start);
        if (cells.size() < 2 || total > MAX_ROW_CHARS || growth > room()) {
            return;
        }
        text.setLength(start);
        text.append(row);
        take(growth);
    }

    /** 1 to 6 for {@code <h1>} to {@code <h6>}, else 0. */
    private static int headingLevel(String localName) {
        return localName.length() == 2 && localName.charAt(0) == 'h' && localName.charAt(1) >= '1'
                && localName.charAt(1) <= '6' ? localName.charAt(1) - '0' : 0;
    }

    @Override
    public synchronized void characters(char[] ch, int start, int length) throws SAXException {
        stopIfSealed();
        if (bodyDepth > 0 && !limitReached) {  // past the limit, a parse reading on takes no text: none is copied
            String chars = new String(ch, start, length);
            if (headingMark != null && !chars.isBlank()) {
                append(headingMark);  // an empty heading leaves no mark
                headingMark = null;
            }
            append(chars);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endBlock() throws SAXException {
        StringBuilder target = target();
        int len = target.length();
        if (len > 0 && !(len >= 2 && target.charAt(len - 1) == '\n' && target.charAt(len - 2) == '\n')) {
            append(target.charAt(len - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    /** The furniture being set aside holds a story: a wrapper named like furniture. */
    private boolean isAStorysWrapper() {
        return furnitureHoldsStory || furniture.length() > PageFurniture.MAX_CHARS;
    }

    /** Where text goes now: the page's text, or the furniture being set aside. */
    private StringBuilder target() {
        return furnitureDepth > 0 ? furniture : text;
    }

    private void append(String s) throws SAXException {
        if (discards || limitReached) {
            return;  // past the limit, a parse that reads on for embedded documents takes no more text
        }
        int room = room();
        if (s.length() <= room) {
            target().append(s);
            take(s.length());
            return;
        }
        if (s.isBlank()) {
            return;
        }
        if (shared != null && shared.remaining < own.remaining) {
            // the parse's budget, not the document's own limit: the document is set aside whole, and so is every
            // document after it (none is parsed only to be set aside)
            budgetSpent = true;
            shared.remaining = 0;
            throw new BudgetSpentException();
        }
        target().append(s, 0, Math.max(room, 0));
        take(Math.max(room, 0));
        limitReached = true;
        if (readsOnPastLimitFor == null
                || !MediaTypes.mayHoldDocuments(readsOnPastLimitFor.get(Metadata.CONTENT_TYPE))) {
            throw new LimitReachedException(own.maxChars);
        }
    }

    /** How many more characters the text may take. */
    private int room() {
        return shared == null ? own.remaining : Math.min(own.remaining, shared.remaining);
    }

    private void take(int chars) {
        own.remaining -= chars;
        if (shared != null) {
            shared.remaining -= chars;
        }
    }

    /** Thrown at the document's character limit to stop the parser: the text so far is kept. */
    static final class LimitReachedException extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitReachedException(int maxChars) {
            super("character limit of " + maxChars + " reached");
        }
    }

    /** Thrown when the parse's shared budget is spent, to stop the parser: the document is set aside whole. */
    static final class BudgetSpentException extends SAXException {
        private static final long serialVersionUID = 1L;

        BudgetSpentException() {
            super("the parse's character budget is spent");
        }
    }

    /**
     * The text so far, once and for all, for a parse that ran out of time: the parser's thread, if it goes on,
     * writes nothing more and is stopped at its next element or piece of text. The handler's methods are
     * synchronized for this, taken from another thread while the parser's may still be writing.
     */
    synchronized String seal() {
        sealed = true;
        return text();
    }

    private void stopIfSealed() throws SAXException {
        if (sealed) {
            throw new SAXException("the parse ran out of time; its text so far was taken");
        }
    }

    boolean limitReached() {
        return limitReached;
    }

    /** The parse's shared budget ran out in this document: its text is not kept, the document is read later. */
    boolean budgetSpent() {
        return budgetSpent;
    }

    /**
     * The text so far, blocks separated by one blank line, without a printed document's running heads and feet
     * ({@link PageEdges}); NUL characters (which some databases refuse to store) become U+FFFD.
     */
    synchronized String text() {
        // a printed document's running heads and feet; a web page's furniture was set aside by other means
        String kept = leftOut.isEmpty() ? PageEdges.strip(text.toString(), pageStarts) : text.toString();
        if (furniture != null && isAStorysWrapper()) {
            kept += "\n\n" + furniture;  // a story's wrapper the character limit cut off: the text so far is kept
        }
        if (kept.isBlank() && !leftOut.isEmpty()) {
            StringBuilder whole = new StringBuilder(kept);
            for (int i = leftOut.size() - 1; i >= 0; i--) {
                whole.insert(leftOut.get(i).offset(), "\n\n" + leftOut.get(i).text() + "\n\n");
            }
            kept = whole.toString();
        }
        return BLANK_RUNS.matcher(kept.replace('\u0000', '\uFFFD')).replaceAll("\n\n").strip();
    }
}
