package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.despatch.extract.DocumentDates.Found;
import org.despatch.extract.DocumentDates.Source;
import org.junit.jupiter.api.Test;

class DocumentDatesTest {

    @Test
    void datelineInTheTextComesFirst() {
        assertEquals(new Found(LocalDate.of(2012, 2, 8), Source.TEXT),
                DocumentDates.find("DAMASCUS, February 8, 2012 - Troops shelled Homs.", "2011-01-01.txt", null));
        assertEquals(new Found(LocalDate.of(1856, 3, 29), Source.TEXT),
                DocumentDates.find("Paris, 29th March, 1856.\nMy Lord, I have the honour", null, null));
        assertEquals(new Found(LocalDate.of(1999, 3, 26), Source.TEXT),
                DocumentDates.find("Memo dated 1999-03-26 on the air campaign.", null, null));
        // the earliest date in the text wins
        assertEquals(LocalDate.of(1990, 8, 2), DocumentDates.find("2 Aug 1990: markets. Compare 3 Aug 1990.",
                null, null).date());
    }

    @Test
    void anAgreementIsDatedByItsSignatureNotByTheDatesItsPreambleQuotes() {
        String accord = "Recalling the Final Act signed at Helsinki on 1 August 1975,\n\nArticle 1\n\nThe Parties "
                + "shall settle their disputes by peaceful means.\n\nDone at Calder on 4 June 1997, in two originals.";
        assertEquals(new Found(LocalDate.of(1997, 6, 4), Source.TEXT), DocumentDates.find(accord, null, null));
        // the formula must open its paragraph: a despatch that reports one is dated by its own dateline
        assertEquals(LocalDate.of(1878, 7, 20), DocumentDates.find("Berlin, July 20, 1878.\n\nThe protocol, which "
                + "was done at Berlin on 13 July 1878, is inclosed.", null, null).date());
    }

    @Test
    void datelinesInTheLanguagesOfEuropeanArchives() {
        assertEquals(LocalDate.of(2023, 8, 25),
                DocumentDates.find("Publié le 25 août 2023 à 16h42", null, null).date());
        assertEquals(LocalDate.of(1871, 3, 1), DocumentDates.find("Versailles, le 1er mars 1871.", null, null).date());
        assertEquals(LocalDate.of(1990, 10, 3), DocumentDates.find("Berlin, den 3. Oktober 1990", null, null).date());
        assertEquals(LocalDate.of(1938, 3, 12), DocumentDates.find("WIEN, 12. MÄRZ 1938.", null, null).date());
        assertEquals(LocalDate.of(1974, 4, 25), DocumentDates.find("Lisboa, 25 de abril de 1974", null, null).date());
        assertEquals(LocalDate.of(1936, 7, 18), DocumentDates.find("Madrid, 18 de julio de 1936", null, null).date());
        assertEquals(LocalDate.of(1946, 6, 2), DocumentDates.find("Roma, 2 giugno 1946", null, null).date());
        assertEquals(LocalDate.of(1945, 5, 5), DocumentDates.find("Wageningen, 5 mei 1945", null, null).date());
        assertEquals(LocalDate.of(2001, 9, 11), DocumentDates.find("Paris, 11 septembre 2001", null, null).date());
        // a month's name inside another word is none
        assertNull(DocumentDates.find("To our dismay 5, 2023 came and went", null, null));
    }

    @Test
    void aTelegramsDateTimeGroupIsItsDate() {
        assertEquals(new Found(LocalDate.of(2007, 10, 4), Source.TEXT), DocumentDates.find("""
                O 041530Z OCT 07
                FM AMEMBASSY ANKARA
                E.O. 12958: DECL: 10/04/2017""", null, null));
        assertEquals(LocalDate.of(1973, 10, 12), DocumentDates.find("P 121200Z OCT 73 FM USDAO TEL AVIV", null,
                null).date());
        // a situation report's group in another time zone, of a year this century has not reached
        assertEquals(LocalDate.of(1944, 7, 9), DocumentDates.find("PERIOD: 080600B TO 090600B JULY 44", null,
                null).date());
        // a period without a year is no date
        assertNull(DocumentDates.find("SITREP NO. 45 FOR PERIOD 041800Z TO 051800Z OCT", null, null));
    }

    @Test
    void aMailIsDatedByItsDateHeaderNotByTheMessageItQuotes() {
        String forwarded = "See below.\n\n-----Original Message-----\nFrom: Erik\nSent: Friday, June 2, 2023 4:10 PM";
        assertEquals(new Found(LocalDate.of(2023, 6, 5), Source.METADATA),
                DocumentDates.find(forwarded, null, "fwd.eml", "2023-06-05T09:30:00Z", "message/rfc822"));
        assertEquals(new Found(LocalDate.of(2023, 6, 2), Source.TEXT),
                DocumentDates.find(forwarded, null, "fwd.txt", "2023-06-05T09:30:00Z", "text/plain"));
        // a mail without a Date header is dated as any document
        assertEquals(new Found(LocalDate.of(2023, 6, 2), Source.TEXT),
                DocumentDates.find(forwarded, null, "fwd.eml", null, "message/rfc822"));
    }

    /** A treaty is dated by its signature, "this fourteenth day of March, ...", not by its preamble's war. */
    @Test
    void aTreatyIsDatedByItsClosingFormulaInWords() {
        String treaty = "The High Contracting Parties, desiring to put an end to the state of war which has existed "
                + "between them since the 3rd August, 1919, have agreed as follows:\n\nArticle 1\n\nPeace is "
                + "restored.\n\nDone at Geneva, this fourteenth day of March, one thousand nine hundred and "
                + "twenty-one, in two copies.";
        assertEquals(new Found(LocalDate.of(1921, 3, 14), Source.TEXT), DocumentDates.find(treaty, null, null));
    }

    /** A page whose furniture held its date (Hansard's "20 Jul 2006 : Column 452") is dated by its title. */
    @Test
    void thenTheFormatsTitle() {
        String debate = "Middle East\n\n12.31 pm\n\nThe Secretary of State for Foreign and Commonwealth Affairs: "
                + "With permission, I shall make a statement on the situation in Lebanon.";
        assertEquals(new Found(LocalDate.of(2006, 7, 20), Source.TITLE), DocumentDates.find(debate,
                "House of Commons Hansard Debates for 20 Jul 2006 (pt 0004) - Middle East | UK Parliament",
                "debate.html", "2024-01-01T00:00:00Z", "text/html"));
        // the text's own date first
        assertEquals(Source.TEXT, DocumentDates.find("Beirut, 21 July 2006. " + debate, "Debates for 20 Jul 2006",
                null, null, "text/html").source());
    }

    @Test
    void thenTheFileNameThenTheMetadata() {
        assertEquals(new Found(LocalDate.of(2012, 2, 9), Source.FILE_NAME),
                DocumentDates.find("On Thursday, on February 8, the talks...", "2012-02-09_homs.html", null));
        assertEquals(new Found(LocalDate.of(1944, 6, 8), Source.FILE_NAME),
                DocumentDates.find("no date here", "sitrep_19440608.pdf", "2026-11-25T10:00:00Z"));
        assertEquals(new Found(LocalDate.of(1999, 3, 26), Source.METADATA),
                DocumentDates.find("no date here", "memo.eml", "1999-03-26T09:15:00Z"));
    }

    @Test
    void noYearNoDate() {
        assertNull(DocumentDates.find("Lavrov on February 8 declined to say", "seed.txt", null));
        assertNull(DocumentDates.find("31 February 2012 is no date", null, "not a date"));
        assertNull(DocumentDates.find(null, null, null));
    }
}
