package org.despatch.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A printed document's running heads and feet: the blocks at the top and the foot of its pages that the pages
 * repeat ("RESTRICTED", "Trieste Desp. No. 118", "Page 2 of 3"). Left in, each was a paragraph of its own, a running
 * head a heading that opened a section on every page, and a sentence broken at a page's foot stayed two paragraphs.
 * Blocks are compared with their digits as one, so that page numbers repeat. The first page's head keeps its own (a
 * classification, a letterhead): it heads the document, not a page; but not a page number ("Page 1 of 2"), told by
 * digits that differ from page to page.
 */
final class PageEdges {

    /** Blocks this near a page's top or foot can be its running head or feet. */
    static final int EDGE_BLOCKS = 2;
    /** A running head or foot is short. */
    static final int MAX_EDGE_CHARS = 100;
    /** A block is a running head or foot when the edges of at least this share of the pages hold it (and two). */
    static final double MIN_PAGE_SHARE = 0.25;

    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageEdges() {
    }

    /**
     * The text without its pages' running heads and feet.
     *
     * @param pageStarts where each page's text begins, in order; fewer than two pages leave the text as it is
     */
    static String strip(String text, List<Integer> pageStarts) {
        if (pageStarts.size() < 2) {
            return text;
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < pageStarts.size(); i++) {
            int start = i == 0 ? 0 : Math.min(pageStarts.get(i), text.length());
            int end = i + 1 < pageStarts.size() ? Math.min(pageStarts.get(i + 1), text.length()) : text.length();
            List<String> blocks = new ArrayList<>();
            for (String block : BLOCK_BREAK.split(text.substring(start, Math.max(start, end)))) {
                if (!block.isBlank()) {
                    blocks.add(block.strip());
                }
            }
            pages.add(blocks);
        }
        Map<String, Set<String>> running = runningBlocks(pages);
        if (running.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int p = 0; p < pages.size(); p++) {
            List<String> blocks = pages.get(p);
            for (int b = 0; b < blocks.size(); b++) {
                Set<String> variants = atEdge(b, blocks.size()) ? running.get(key(blocks.get(b))) : null;
                boolean firstPagesHead = p == 0 && b < EDGE_BLOCKS && (variants == null || variants.size() == 1);
                if (firstPagesHead || variants == null) {
                    out.append(blocks.get(b)).append("\n\n");
                }
            }
        }
        return out.toString().strip();
    }

    /** The keys of the blocks that the edges of enough pages hold, each with the blocks as the pages print them. */
    private static Map<String, Set<String>> runningBlocks(List<List<String>> pages) {
        Map<String, Integer> pagesHolding = new HashMap<>();
        Map<String, Set<String>> variants = new HashMap<>();
        for (List<String> blocks : pages) {
            Set<String> onThisPage = new HashSet<>();
            for (int b = 0; b < blocks.size(); b++) {
                if (atEdge(b, blocks.size()) && blocks.get(b).length() <= MAX_EDGE_CHARS) {
                    String key = key(blocks.get(b));
                    onThisPage.add(key);
                    variants.computeIfAbsent(key, k -> new HashSet<>()).add(blocks.get(b));
                }
            }
            onThisPage.forEach(k -> pagesHolding.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (int) Math.ceil(MIN_PAGE_SHARE * pages.size()));
        variants.keySet().removeIf(k -> pagesHolding.get(k) < needed);
        return variants;
    }

    private static boolean atEdge(int block, int blocks) {
        return block < EDGE_BLOCKS || block >= blocks - EDGE_BLOCKS;
    }

    private static String key(String block) {
        return SPACES.matcher(DIGITS.matcher(block.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ");
    }
}
