package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A saved news page gives its story, not its navigation, share buttons, neighbours' headlines or footer. */
class PageFurnitureTest {

    private static final String STORY = """
            <article><header><h1>Ceasefire talks stall in Doha</h1><div class="byline">By Sara Haddad</div></header>
            <div class="article-share-bar"><a href="#">Share on Facebook</a> <a href="#">Email</a></div>
            <figure><img src="a.jpg" alt="Delegates"><figcaption>Delegates arrive in Doha.</figcaption></figure>
            <p>DOHA (Reuters) - Negotiators failed on Tuesday to bridge differences over a proposed ceasefire.</p>
            <div class="related_stories"><h3>Related stories</h3><ul><li><a href="#">Aid convoys wait at Rafah</a>
            </li></ul></div>
            <footer><p>(Reporting by Sara Haddad; Editing by Alex Richardson)</p></footer>
            </article>""";

    private static String text(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS)) {
            return extractor.extract(() -> new ByteArrayInputStream(bytes), "page.html", bytes.length).text();
        }
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
    }

    @Test
    void aNewsPageGivesItsStoryAndTheArticlesOwnFooter() {
        String html = page("""
                <div id="cookie-banner"><p>We use cookies. <button>Accept all</button></p></div>
                <header><a class="logo" href="/">The Daily Wire</a>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
                <div class="breadcrumbs"><a href="/">Home</a> &gt; World</div>
                <main>""" + STORY + """
                <section class="most-read"><h3>Most read</h3><ol><li>Ten best walks</li></ol></section>
                <div class="tags"><p>Topics: Qatar Egypt</p></div>
                </main>
                <aside><h3>Most read</h3><ol><li>Markets rally on rate hopes</li></ol></aside>
                <div role="navigation"><a href="/next">Next page</a></div>
                <p hidden>Hidden text</p><p style="display: none">Also hidden</p>
                <form><label>Your e-mail</label><input type="email"></form>
                <footer><p>&copy; 2024 The Daily Wire. All rights reserved.</p></footer>""");
        assertEquals("""
                # Ceasefire talks stall in Doha

                By Sara Haddad

                Delegates arrive in Doha.

                DOHA (Reuters) - Negotiators failed on Tuesday to bridge differences over a proposed ceasefire.

                (Reporting by Sara Haddad; Editing by Alex Richardson)""", text(html));
    }

    @Test
    void aStorysKickerAndTheMostViewedListAreFurniture() {
        assertEquals("""
                # Sudan talks open in Geneva

                Delegations sat down with the mediators on Wednesday.""", text(page("""
                <main><article><div class="story-kicker"><a href="/world/africa">Africa</a></div>
                <h1>Sudan talks open in Geneva</h1><p>Delegations sat down with the mediators on Wednesday.</p>
                </article></main>
                <section class="most-viewed"><h2>Most viewed</h2><ol><li>Heatwave warning</li></ol></section>""")));
    }

    @Test
    void aWrapperNamedLikeFurnitureKeepsItsStory() {
        // the whole story inside a "comments-enabled" block: its headline shows it is no furniture
        String html = page("<nav><a href=\"/\">Home</a></nav><div class=\"story comments-enabled\"><h1>River "
                + "crossing</h1><p>Troops crossed the river at dawn and took the bridge.</p></div>");
        assertEquals("# River crossing\n\nTroops crossed the river at dawn and took the bridge.", text(html));
        String longStory = "Troops crossed the river at dawn and took the bridge after a short engagement. ".repeat(20);
        assertEquals(longStory.strip(), text(page("<div class=\"sidebar-layout\"><p>" + longStory + "</p></div>")));
        // a page's own header with its headline, on a page without an article
        assertEquals("# Annual report 2023\n\nThe mission met twice.", text(page(
                "<header><h1>Annual report 2023</h1></header><p>The mission met twice.</p>")));
        // a site's header and footer named by id or class, outside the article; the article's own footer stays
        assertEquals("# Suez\n\nSir A. Eden: We shall stop.\n\n(Reporting by Hansard)", text(page(
                "<div id=\"header\"><a href=\"/\">HANSARD 1803-2005</a></div><article><h1>Suez</h1><p>Sir A. Eden: "
                + "We shall stop.</p><div class=\"footer\">(Reporting by Hansard)</div></article>"
                + "<div id=\"footer\"><p>Contains Parliamentary information licensed under the Open Parliament "
                + "Licence.</p><p>About this site</p></div>")));
        // a class on the article itself names no furniture
        assertEquals("The envoys met.", text(page("<article class=\"has-share-bar\"><p>The envoys met.</p>"
                + "</article>")));
    }

    @Test
    void aStorysWrapperNamedLikeFurnitureKeepsItsTextSoFarAtTheCharacterLimit() {
        byte[] bytes = page("<div class=\"sidebar-layout\"><h1>River crossing</h1><p>"
                + "Troops crossed the river at dawn. ".repeat(100) + "</p></div>").getBytes(StandardCharsets.UTF_8);
        try (TextExtractor extractor = new TextExtractor(new ExtractionLimits(1_000_000, 200, 60_000))) {
            ExtractionResult r = extractor.extract(() -> new ByteArrayInputStream(bytes), "page.html", bytes.length);
            assertEquals(ExtractionStatus.PARTIAL, r.status());
            assertTrue(r.text().startsWith("# River crossing\n\nTroops crossed the river at dawn. Troops"), r.text());
            assertTrue(r.text().length() > 150, r.text());
        }
    }

    @Test
    void theClassesOfTikasOtherParsersAreNoFurniture() throws Exception {
        // a slide deck's comments, as Tika's PowerPoint parser writes them: its class is no web page's
        BlockTextHandler handler = new BlockTextHandler(1000);
        org.xml.sax.helpers.AttributesImpl comments = new org.xml.sax.helpers.AttributesImpl();
        comments.addAttribute("", "class", "class", "CDATA", "slide-comments");
        handler.startElement("", "body", "body", new org.xml.sax.helpers.AttributesImpl());
        handler.startElement("", "p", "p", new org.xml.sax.helpers.AttributesImpl());
        handler.characters("Quarterly figures.".toCharArray(), 0, 18);
        handler.endElement("", "p", "p");
        handler.startElement("", "div", "div", comments);
        handler.characters("Please add content to this deck.".toCharArray(), 0, 32);
        handler.endElement("", "div", "div");
        handler.endElement("", "body", "body");
        assertEquals("Quarterly figures.\n\nPlease add content to this deck.", handler.text());
    }

    @Test
    void aPageWithoutFurnitureKeepsEveryBlockAndAPageOfFurnitureAloneKeepsIt() {
        assertEquals("## Talks\n\nThe envoys met.\n\nThey agreed.",
                text(page("<h2>Talks</h2><div>The envoys met.</div><div>They agreed.</div>")));
        // a heading is marked as Markdown marks one, and an empty heading leaves no mark
        assertEquals("### Talks in Doha\n\nThe envoys met.",
                text(page("<h2> </h2><h3>Talks <em>in</em> Doha</h3><p>The envoys met.</p>")));
        assertEquals("Home\n\nSign in", text(page("<nav><a href=\"/\">Home</a></nav><form>Sign in</form>")));
        assertEquals("", text(page("")));
    }
}
