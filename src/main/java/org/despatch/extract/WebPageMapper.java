package org.despatch.extract;

import java.util.Locale;
import java.util.Map;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, plus the page's structural elements and the attributes that tell its furniture (see
 * {@link PageFurniture}). Tika's default drops {@code <div>}, {@code <nav>} or {@code <footer>} and keeps only their
 * text, so neither where a block ends nor what it is for reached the text handler.
 */
final class WebPageMapper extends DefaultHtmlMapper {

    static final WebPageMapper INSTANCE = new WebPageMapper();

    /** Tika's element names are upper case here; the XHTML it writes is lower case. */
    private static final Map<String, String> STRUCTURE = Map.ofEntries(Map.entry("DIV", "div"),
            Map.entry("SECTION", "section"), Map.entry("ARTICLE", "article"), Map.entry("HEADER", "header"),
            Map.entry("FOOTER", "footer"), Map.entry("MAIN", "main"), Map.entry("NAV", "nav"),
            Map.entry("ASIDE", "aside"), Map.entry("FIGURE", "figure"), Map.entry("FIGCAPTION", "figcaption"),
            Map.entry("FORM", "form"), Map.entry("BUTTON", "button"), Map.entry("SELECT", "select"),
            Map.entry("NOSCRIPT", "noscript"), Map.entry("TEMPLATE", "template"), Map.entry("DIALOG", "dialog"));

    private WebPageMapper() {
    }

    @Override
    public String mapSafeElement(String name) {
        String safe = super.mapSafeElement(name);
        return safe != null ? safe : STRUCTURE.get(name);
    }

    @Override
    public String mapSafeAttribute(String elementName, String attributeName) {
        String name = attributeName.toLowerCase(Locale.ROOT);
        return PageFurniture.ATTRIBUTES.contains(name) ? PageFurniture.MARK + name
                : super.mapSafeAttribute(elementName, attributeName);
    }
}
