package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in archives, written in a system's code page, read back as the text they were written from. */
class EntryNamesTest {

    /** The name written in a charset, read alone as an archive's names are: null where it is refused. */
    private static String read(String name, String writtenIn, List<Charset> codePages) {
        byte[] bytes = name.getBytes(Charset.forName(writtenIn));
        Charset charset = EntryNames.charsetOf(bytes, codePages);
        return charset == null ? null : new String(bytes, charset);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "Bericht.txt, IBM437",
        "Genève.txt, UTF-8",
        "Zürich.txt, IBM437",
        "Außenminister Bericht.txt, IBM437",
        "Genève.txt, IBM437",
        "Müßiggang.txt, IBM437",
        "Résumé des télégrammes.doc, IBM437",
        "Kjøbenhavn.txt, IBM850",
        "Ørsted.txt, IBM850",
        "Łódź.txt, IBM852",
        "Factura Nº 12.pdf, IBM850",
        "2ª via.pdf, IBM437",
        "Bericht über Genève.txt, IBM437",
        "Außenministerium/Note à Genève.txt, IBM850",
        // GBK and Shift_JIS read an accented letter and the ASCII letter after it as one ideograph (helper-50)
        "Élève.doc, IBM437",
        "Äußerung.doc, IBM437",
        "Straße Äußeres.txt, IBM850",
        "Návštěva.doc, IBM852",
        "ŽÁDOST.TXT, IBM852",
        "ČÁSTKA.TXT, IBM852",
        // º and ª are letters at the end of a word, not before a letter, where they are 852's ž and Ž (helper-50)
        "Žádost.doc, IBM852",
        "Požadavek.txt, IBM852",
        "Růžová zahrada.doc, IBM852",
        "Note\u00a0de\u00a0service.txt, IBM850",
    })
    void aDosNameReadsInItsOemCodePage(String name, String writtenIn) {
        assertEquals(name, read(name, writtenIn, CodePages.OEM));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "München.txt, windows-1252",
        "Genève – note.txt, windows-1252",
        "Łódź.txt, ISO-8859-2",
        "Genève.txt, UTF-8",
        "Factura Nº 12.pdf, windows-1252",
        "Bucureşti.txt, ISO-8859-2",
    })
    void aUnixNameReadsInItsLatinCodePage(String name, String writtenIn) {
        assertEquals(name, read(name, writtenIn, CodePages.LATIN));
    }

    /** Tika tells these from all of an archive's names together: the archive goes to it as a document. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "外務省報告.txt, Shift_JIS",
        "テスト.txt, Shift_JIS",
        "外交部报告.txt, GBK",
        "大使馆.txt, GBK",
        "外交部報告.txt, Big5",
        "외교부.txt, EUC-KR",
        "Москва.txt, IBM866",
    })
    void aNameInAnotherScriptIsRefused(String name, String writtenIn) {
        assertNull(read(name, writtenIn, CodePages.OEM));
        assertNull(read(name, writtenIn, CodePages.LATIN));
    }
}
