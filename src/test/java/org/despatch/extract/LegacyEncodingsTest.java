package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plain-text files in the encodings of old archives, with no declaration of their encoding, decode to the right
 * characters (Tika's encoding detectors, and {@link LatinCharsets} among the Latin code pages), checked against the
 * literal text.
 */
class LegacyEncodingsTest {

    private static String extract(String text, String charset, String name) {
        return extract(text.getBytes(Charset.forName(charset)), name);
    }

    private static String extract(byte[] bytes, String name) {
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS)) {
            ExtractionResult r = extractor.extract(() -> new ByteArrayInputStream(bytes), name, bytes.length);
            assertEquals(ExtractionStatus.OK, r.status(), r.reason());
            return r.text();
        }
    }

    /** Each a letter's words in the code page its writer's machine used: the code page, a file name, the text. */
    static Stream<Arguments> letters() {
        return Stream.of(
                Arguments.of("windows-1252", "cable-1998.txt",
                        "The d\u00e9marche was delivered to the Minist\u00e8re des Affaires \u00e9trang\u00e8re"
                        + "s on Tuesday \u2013 \u201cwithout delay\u201d, the attach\u00e9 said \u2014 and the ca"
                        + "f\u00e9 opposite the embassy closed early. The na\u00efve r\u00e9sum\u00e9 of events c"
                        + "ost \u00a3200."),
                Arguments.of("KOI8-R", "telegramma.txt",
                        "\u041f\u043e\u0441\u043e\u043b \u0420\u043e\u0441\u0441\u0438\u0438 \u0431\u044b\u043b"
                        + " \u0432\u044b\u0437\u0432\u0430\u043d \u0432 \u043c\u0438\u043d\u0438\u0441\u0442"
                        + "\u0435\u0440\u0441\u0442\u0432\u043e \u0438\u043d\u043e\u0441\u0442\u0440\u0430\u043d"
                        + "\u043d\u044b\u0445 \u0434\u0435\u043b \u0434\u043b\u044f \u043a\u043e\u043d\u0441"
                        + "\u0443\u043b\u044c\u0442\u0430\u0446\u0438\u0439. \u041f\u0435\u0440\u0435\u0433\u043e"
                        + "\u0432\u043e\u0440\u044b \u043e \u043f\u0440\u0435\u043a\u0440\u0430\u0449\u0435\u043d"
                        + "\u0438\u0438 \u043e\u0433\u043d\u044f \u0431\u0443\u0434\u0443\u0442 \u043f\u0440"
                        + "\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u044b \u0432 \u0416\u0435\u043d\u0435\u0432"
                        + "\u0435 \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a."),
                Arguments.of("Shift_JIS", "denpou.txt",
                        "\u5916\u52d9\u7701\u306f\u6708\u66dc\u65e5\u3001\u5927\u4f7f\u3092\u53ec\u9084\u3057"
                        + "\u3066\u5354\u8b70\u3092\u884c\u3063\u305f\u3068\u767a\u8868\u3057\u305f\u3002\u505c"
                        + "\u6226\u4ea4\u6e09\u306f\u30b8\u30e5\u30cd\u30fc\u30d6\u3067\u518d\u958b\u3055\u308c"
                        + "\u308b\u4e88\u5b9a\u3067\u3042\u308b\u3002\u653f\u5e9c\u306f\u58f0\u660e\u3092\u51fa"
                        + "\u3057\u3001\u4e21\u56fd\u306e\u5bfe\u8a71\u3092\u6b53\u8fce\u3057\u305f\u3002"),
                Arguments.of("ISO-8859-2", "depesza.txt",
                        "Konsul generalny we Wroc\u0142awiu z\u0142o\u017cy\u0142 w ministerstwie not\u0119 pro"
                        + "testacyjn\u0105. Rozmowy o zawieszeniu broni b\u0119d\u0105 kontynuowane w Genewie, a "
                        + "ambasador zosta\u0142 odwo\u0142any do kraju na konsultacje."),
                Arguments.of("windows-1250", "zprava.txt",
                        "Velvyslanec byl p\u0159edvol\u00e1n na ministerstvo zahrani\u010dn\u00edch v\u011bc"
                        + "\u00ed. Jedn\u00e1n\u00ed o p\u0159\u00edm\u011b\u0159\u00ed budou pokra\u010dovat v "
                        + "\u017denev\u011b a vl\u00e1da vyj\u00e1d\u0159ila p\u0159\u00e1telsk\u00e9 stanovisko "
                        + "k n\u00e1vrhu."),
                Arguments.of("ISO-8859-9", "telgraf.txt",
                        "D\u0131\u015fi\u015fleri Bakanl\u0131\u011f\u0131 b\u00fcy\u00fckel\u00e7iyi g\u00f6r"
                        + "\u00fc\u015fme i\u00e7in \u00e7a\u011f\u0131rd\u0131. Ate\u015fkes m\u00fczakereleri p"
                        + "azartesi g\u00fcn\u00fc Cenevre'de s\u00fcrecek ve heyetler ortak bir bildiri yay"
                        + "\u0131mlayacak."),
                Arguments.of("x-MacRoman", "note.txt",
                        "Cher coll\u00e8gue, l'ambassadeur a \u00e9t\u00e9 rappel\u00e9 \u00e0 Paris pour consu"
                        + "ltations. Les n\u00e9gociations sur le cessez-le-feu reprendront \u00e0 Gen\u00e8ve ; "
                        + "je vous envoie le compte rendu d\u00e8s demain."),
                Arguments.of("windows-1252", "bericht.txt",
                        "Der Botschafter wurde ins Ausw\u00e4rtige Amt in Stra\u00dfburg einbestellt. Die Gespr"
                        + "\u00e4che \u00fcber einen Waffenstillstand werden am Montag fortgesetzt, f\u00fcr 250 "
                        + "\u20ac pro Tag."),
                // UTF-16 without a byte-order mark beyond Latin: stored as "\uFFFD\uFFFD>\uFFFDA" before (helper-51)
                Arguments.of("UTF-16LE", "telegramma-16.txt",
                        "\u041f\u043e\u0441\u043e\u043b \u0431\u044b\u043b \u043e\u0442\u043e\u0437\u0432"
                        + "\u0430\u043d \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438"
                        + "\u043a. \u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u0432 "
                        + "\u0416\u0435\u043d\u0435\u0432\u0435 \u043f\u0440\u0435\u0440\u0432\u0430\u043d"
                        + "\u044b."),
                Arguments.of("UTF-16BE", "tilegrafima.txt",
                        "\u039f \u03c0\u03c1\u03ad\u03c3\u03b2\u03b7\u03c2 \u03b1\u03bd\u03b1\u03ba\u03bb"
                        + "\u03ae\u03b8\u03b7\u03ba\u03b5 \u03c4\u03b7 \u0394\u03b5\u03c5\u03c4\u03ad\u03c1"
                        + "\u03b1. \u039f\u03b9 \u03c3\u03c5\u03bd\u03bf\u03bc\u03b9\u03bb\u03af\u03b5\u03c2 "
                        + "\u03b4\u03b9\u03b1\u03ba\u03cc\u03c0\u03b7\u03ba\u03b1\u03bd."));
    }

    /**
     * A web page whose meta names the wrong charset (a page saved by a tool that rewrote its bytes but not its head),
     * either way: UTF-8 bytes under iso-8859-1, stored "Ã©voquÃ©", and windows-1252 bytes under UTF-8, where each
     * accent became U+FFFD (helper-51).
     */
    @ParameterizedTest(name = "{1} under a meta saying {0}")
    @CsvSource({"iso-8859-1, UTF-8", "utf-8, windows-1252"})
    void aPageWhoseMetaNamesTheWrongCharsetIsReadInItsOwn(String meta, String charset) {
        String page = "<html><head><meta charset=\"" + meta + "\"><title>D\u00e9p\u00eache</title></head><body>"
                + "<p>Le ministre a \u00e9voqu\u00e9 le rappel de l'ambassadeur \u00e0 Gen\u00e8ve.</p></body></html>";
        String text = extract(page, charset, "depeche.html");
        assertTrue(text.contains("Le ministre a \u00e9voqu\u00e9 le rappel de l'ambassadeur \u00e0 Gen\u00e8ve."), text);
    }

    /** A UTF-8 page into which one windows-1252 byte was pasted is still UTF-8: its accents outnumber the stray. */
    @Test
    void aUtf8PageWithAStrayByteStaysUtf8() {
        String utf8 = "<html><head><meta charset=\"utf-8\"></head><body><p>\u00ab Le pr\u00e9sident a d\u00e9clar\u00e9 "
                + "\u00e0 Gen\u00e8ve que la tr\u00eave tient \u00bb, selon l'agence.</p><p>Prix : 5 ";
        byte[] head = utf8.getBytes(StandardCharsets.UTF_8);
        byte[] tail = " le num\u00e9ro.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        page[head.length] = (byte) 0x80;  // a euro sign pasted in windows-1252
        System.arraycopy(tail, 0, page, head.length + 1, tail.length);
        String text = extract(page, "page.html");
        assertTrue(text.contains("Le pr\u00e9sident a d\u00e9clar\u00e9 \u00e0 Gen\u00e8ve que la tr\u00eave tient"), text);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("letters")
    void decodesToTheLiteralText(String charset, String fileName, String text) {
        assertEquals(text, extract(text, charset, fileName));
    }
}
