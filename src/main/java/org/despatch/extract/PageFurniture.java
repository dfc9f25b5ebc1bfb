package org.despatch.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;

/**
 * Tells a web page's furniture from its text: navigation, share buttons, cookie notices, "Related stories", the
 * site's footer, forms and what the page hides. A saved news page holds more of these lines than of the story, and
 * each would become a paragraph (headings named "Home", a story's neighbours' headlines found by a search for their
 * words). Decided by the element, its ARIA role and the words of its class and id, as the page's own authors named
 * them; never by the text.
 */
final class PageFurniture {

    /**
     * Elements that are furniture wherever they stand; a {@code <footer>} or a {@code <header>} (the site's logo and
     * menu) only outside an article, and a header that holds the page's headline is kept (see BlockTextHandler).
     */
    private static final Set<String> ELEMENTS = Set.of("nav", "aside", "form", "button", "select", "noscript",
            "template", "dialog");
    private static final Set<String> ROLES = Set.of("navigation", "complementary", "contentinfo", "search",
            "dialog", "alertdialog", "menu", "menubar", "toolbar");
    /**
     * Words of a class or id that name furniture ("article-share-bar", "related_stories", "cookie-consent"), and a
     * story's kicker, its section's name over the headline ("story-kicker": "Africa" was read as the title).
     */
    private static final Set<String> NAME_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "cookie", "cookies", "consent", "gdpr", "newsletter",
            "subscribe", "subscription", "signup", "related", "recommended", "promo", "advert", "advertisement",
            "ad", "ads", "sponsored", "comments", "sidebar", "masthead", "skip", "popup", "modal", "toolbar",
            "pagination", "trending", "popular", "paywall", "tags", "most-read", "mostread", "most-popular",
            "most-viewed", "mostviewed", "most-shared", "kicker", "eyebrow");
    /**
     * Names of a class or id that, outside an article, name the site's header or footer as the elements do:
     * {@code <div id="footer">}, "site-header"; an article's own "article-footer" holds its credits.
     */
    private static final Set<String> PAGE_PARTS = Set.of("header", "footer", "site-header", "site-footer",
            "page-header", "page-footer", "global-header", "global-footer", "footer-links");
    /** Elements that wrap the page or its story: a class such as "has-share-bar" on them names no furniture. */
    private static final Set<String> WRAPPERS = Set.of("html", "body", "main", "article");
    /**
     * The attributes the decision reads, which the HTML parser passes on renamed with {@link #MARK} (see
     * {@link WebPageMapper}): Tika's other parsers write classes of their own ("slide-comments" in a slide deck),
     * which are text, not a web page's furniture.
     */
    static final Set<String> ATTRIBUTES = Set.of("class", "id", "role", "hidden", "aria-hidden", "style");
    static final String MARK = "despatch-page-";

    /** Furniture holds less text than this: a block with more is a story's wrapper named like furniture. */
    static final int MAX_CHARS = 1500;
    /** Elements only a story holds: furniture that holds one was a wrapper named like furniture. */
    private static final Set<String> STORY = Set.of("article", "main", "h1");

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[_-]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private PageFurniture() {
    }

    /**
     * @param element   the element's local name, lower case
     * @param inArticle whether an {@code <article>} holds the element (its own footer holds its credits)
     */
    static boolean isFurniture(String element, Attributes attributes, boolean inArticle) {
        if (ELEMENTS.contains(element) || ("footer".equals(element) || "header".equals(element)) && !inArticle) {
            return true;
        }
        if (!hasPageAttributes(attributes)) {
            return false;  // asked of every element of every format: most have none of a page's own
        }
        String role = pageAttribute(attributes, "role");
        if (role != null && ROLES.contains(role.strip().toLowerCase(Locale.ROOT))
                || pageAttribute(attributes, "hidden") != null
                || "true".equalsIgnoreCase(pageAttribute(attributes, "aria-hidden"))
                || hiddenByStyle(pageAttribute(attributes, "style"))) {
            return true;
        }
        String classes = pageAttribute(attributes, "class");
        String id = pageAttribute(attributes, "id");
        return !WRAPPERS.contains(element) && (namesFurniture(classes) || namesFurniture(id)
                || !inArticle && (namesPagePart(classes) || namesPagePart(id)));
    }

    static boolean marksAStory(String element) {
        return STORY.contains(element);
    }

    private static boolean hasPageAttributes(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).startsWith(MARK)) {
                return true;
            }
        }
        return false;
    }

    /** A web page's own attribute, as the HTML parser passed it on, or null. */
    private static String pageAttribute(Attributes attributes, String name) {
        for (int i = 0; i < attributes.getLength(); i++) {
            String local = attributes.getLocalName(i);
            if (local.length() == MARK.length() + name.length() && local.startsWith(MARK) && local.endsWith(name)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    private static boolean hiddenByStyle(String style) {
        return style != null && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean namesPagePart(String names) {
        return words(names).stream().anyMatch(PAGE_PARTS::contains);
    }

    private static boolean namesFurniture(String names) {
        for (String name : words(names)) {
            if (NAME_WORDS.contains(name)) {
                return true;
            }
            for (String word : NAME_SEPARATORS.split(name)) {
                if (NAME_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names of a class or id attribute, lower case; none for a missing or blank one. */
    private static List<String> words(String names) {
        return names == null || names.isBlank() ? List.of()
                : List.of(names.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
