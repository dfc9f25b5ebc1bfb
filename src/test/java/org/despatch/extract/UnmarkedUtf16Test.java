package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

/** {@link UnmarkedUtf16}: UTF-16 without a byte-order mark in any alphabetic script, and nothing else. */
class UnmarkedUtf16Test {

    private static final String RUSSIAN = "Посол был отозван в понедельник. Переговоры о перемирии в Женеве прерваны, "
            + "артиллерия двинулась на север.\n";
    private static final String GREEK = "Ο πρέσβης ανακλήθηκε τη Δευτέρα. Οι συνομιλίες στη Γενεύη διακόπηκαν.\n";
    private static final String ARABIC = "استدعي السفير يوم الاثنين. توقفت المحادثات في جنيف، وتحركت المدفعية شمالا.\n";

    @Test
    void alphabeticScriptsInEitherByteOrderAreTold() {
        for (String text : new String[] {RUSSIAN, GREEK, ARABIC, "The ambassador was recalled on Monday.\n"}) {
            assertEquals(StandardCharsets.UTF_16LE, UnmarkedUtf16.of(text.getBytes(StandardCharsets.UTF_16LE)), text);
            assertEquals(StandardCharsets.UTF_16BE, UnmarkedUtf16.of(text.getBytes(StandardCharsets.UTF_16BE)), text);
        }
    }

    /** The text Tika's detectors stored as "��>�A�>�;�" now comes out whole through the detector chain. */
    @Test
    void russianIsDecodedThroughTheChain() throws Exception {
        UnmarkedUtf16 chain = new UnmarkedUtf16(new LatinCharsets(TikaConfig.getDefaultConfig().getEncodingDetector()));
        byte[] bytes = RUSSIAN.repeat(3).getBytes(StandardCharsets.UTF_16LE);
        Charset detected = chain.detect(new ByteArrayInputStream(bytes), new Metadata());
        assertEquals(RUSSIAN.repeat(3), new String(bytes, detected));
    }

    @Test
    void singleByteTextsAMarkedTextAndShortOnesAreLeftToTheOthers() {
        assertNull(UnmarkedUtf16.of(RUSSIAN.getBytes(StandardCharsets.UTF_8)));
        assertNull(UnmarkedUtf16.of(RUSSIAN.getBytes(Charset.forName("windows-1251"))));
        assertNull(UnmarkedUtf16.of(RUSSIAN.getBytes(Charset.forName("KOI8-R"))));
        assertNull(UnmarkedUtf16.of("The ambassador was recalled on Monday, — «talks» stalled.\n"
                .getBytes(Charset.forName("windows-1252"))));
        assertNull(UnmarkedUtf16.of("a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a"
                .getBytes(StandardCharsets.US_ASCII)));
        assertNull(UnmarkedUtf16.of(("\uFEFF" + RUSSIAN).getBytes(StandardCharsets.UTF_16LE)));
        assertNull(UnmarkedUtf16.of("Посол".getBytes(StandardCharsets.UTF_16LE)));
        assertNull(UnmarkedUtf16.of(new byte[0]));
    }
}
