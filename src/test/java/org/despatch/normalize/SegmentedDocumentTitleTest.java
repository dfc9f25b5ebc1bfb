package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A format's title loses the site's name around the document's own headline, and nothing else. */
class SegmentedDocumentTitleTest {

    private static final SegmentedDocument STORY = Segmenter.segment("""
            Troops withdraw from Homs

            The army pulled its last units out of the city on Tuesday, residents said, after a week of shelling.
            """);

    @Test
    void aSiteNameAfterOrBeforeTheHeadlineGoes() {
        assertEquals("Troops withdraw from Homs", STORY.title("Troops withdraw from Homs | The Daily Courier"));
        assertEquals("Troops withdraw from Homs", STORY.title("Troops withdraw from Homs \u2013 BBC News"));
        assertEquals("Troops withdraw from Homs", STORY.title("Le Monde.fr - Troops withdraw from Homs"));
        assertEquals("Troops withdraw from Homs", STORY.title("World :: Troops withdraw from Homs"));
        // a site's section before it and the date after it
        assertEquals("Troops withdraw from Homs", STORY.title("NATO - Opinion: Troops withdraw from Homs, 13-Feb.-2023"));
        assertEquals("Troops withdraw from Homs", STORY.title("Troops withdraw from Homs (13 February 2023)"));
    }

    @Test
    void aTitleThatIsNotTheHeadlineAndASiteStays() {
        assertEquals("Troops withdraw from Homs today", STORY.title("Troops withdraw from Homs today"));
        assertEquals("Syria live", STORY.title("Syria live"));
        assertEquals("Troops withdraw from Homs", STORY.title("Troops withdraw from Homs"));
        // a title naming more than a site after the headline is the page's own
        assertEquals("Troops withdraw from Homs | Syria | The Daily Courier",
                STORY.title("Troops withdraw from Homs | Syria | The Daily Courier"));
    }

    @Test
    void withoutAFormatTitleTheOpeningHeading() {
        assertEquals("Troops withdraw from Homs", STORY.title(null));
        assertEquals("Troops withdraw from Homs", STORY.title("  "));
        assertNull(Segmenter.segment("The army pulled out on Tuesday, residents said.").title(null));
    }
}
