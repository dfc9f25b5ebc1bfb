package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class Utf8EvidenceTest {

    private static Utf8Evidence of(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return Utf8Evidence.of(b);
    }

    @Test
    void emptyAndAsciiSayNothing() {
        assertEquals(new Utf8Evidence(0, 0), Utf8Evidence.of(new byte[0]));
        assertEquals(new Utf8Evidence(0, 0), Utf8Evidence.of("plain ASCII".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(Utf8Evidence.of(new byte[0]).isUtf8BeyondAscii());
        assertFalse(Utf8Evidence.of(new byte[0]).contradictsUtf8());
    }

    @Test
    void countsSequencesOfEveryLength() {
        // é (2 bytes), € (3), 𝄞 (4)
        assertEquals(new Utf8Evidence(3, 0), Utf8Evidence.of("é € 𝄞".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void windows1252TextIsStrays() {
        byte[] latin = "évoqué à Genève".getBytes(Charset.forName("windows-1252"));
        assertEquals(new Utf8Evidence(0, 4), Utf8Evidence.of(latin));
        assertTrue(Utf8Evidence.of(latin).contradictsUtf8());
    }

    @Test
    void malformedFormsAreStrays() {
        assertEquals(new Utf8Evidence(0, 2), of(0xC0, 0xAF));              // overlong '/'
        assertEquals(new Utf8Evidence(0, 3), of(0xED, 0xA0, 0x80));        // a surrogate
        assertEquals(new Utf8Evidence(0, 4), of(0xF4, 0x90, 0x80, 0x80));  // past U+10FFFF
        assertEquals(new Utf8Evidence(0, 3), of(0xE0, 0x80, 0xAF));        // overlong, three bytes
        assertEquals(new Utf8Evidence(0, 1), of(0xBF));                    // a trail byte alone
        assertEquals(new Utf8Evidence(1, 2), of(0xE2, 0x82, 0xC3, 0xA9)); // € broken off before é: two strays
    }

    @Test
    void aSequenceCutByTheSampleEndCountsForNeither() {
        byte[] euro = "a€".getBytes(StandardCharsets.UTF_8);
        assertEquals(new Utf8Evidence(0, 0), Utf8Evidence.of(Arrays.copyOf(euro, 3)));
        assertEquals(new Utf8Evidence(1, 0), Utf8Evidence.of(euro));
        assertEquals(new Utf8Evidence(0, 0), Utf8Evidence.of(euro, 2));
    }

    @Test
    void oneStrayAmongManyAccentsIsStillUtf8() {
        byte[] utf8 = "déjà évoqué".getBytes(StandardCharsets.UTF_8);
        byte[] withStray = Arrays.copyOf(utf8, utf8.length + 1);
        withStray[utf8.length] = (byte) 0x80;
        Utf8Evidence e = Utf8Evidence.of(withStray);
        assertEquals(new Utf8Evidence(4, 1), e);
        assertFalse(e.contradictsUtf8());
        assertFalse(e.isUtf8BeyondAscii());
    }
}
