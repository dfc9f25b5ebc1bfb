package org.despatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tab-separated files as hand, script and spreadsheet write them. */
class TsvTest {

    @Test
    void plainFileWithBlankLines() {
        Tsv.Table t = Tsv.parse("id\tlabel\ttext\n\n1\tOTHER\tRain.\n2\tMILITARY\tShelling.\n\n");
        assertEquals(List.of("id", "label", "text"), t.header());
        assertEquals(List.of(new Tsv.Row(3, List.of("1", "OTHER", "Rain.")),
                new Tsv.Row(4, List.of("2", "MILITARY", "Shelling."))), t.rows());
    }

    @Test
    void emptyAndHeaderOnly() {
        assertEquals(new Tsv.Table(List.of(), List.of()), Tsv.parse(""));
        assertEquals(new Tsv.Table(List.of(), List.of()), Tsv.parse("\n\r\n"));
        assertEquals(new Tsv.Table(List.of("text"), List.of()), Tsv.parse("text\n"));
    }

    @Test
    void headerNamesAnyCaseAndCarriageReturns() {
        Tsv.Table t = Tsv.parse(" Label \tTEXT\r\nOTHER\tRain.\r\n");
        assertEquals(0, t.column("label"));
        assertEquals(1, t.column("Text"));
        assertEquals(-1, t.column("id"));
        assertEquals(List.of("OTHER", "Rain."), t.rows().get(0).cells());
    }

    @Test
    void quotedCellsAreUnquotedAndMayRunOverLines() {
        Tsv.Table t = Tsv.parse("label\ttext\tnote\n"
                + "OTHER\t\"\"\"No,\"\" he said.\"\tx\n"
                + "MILITARY\t\"Two lines,\nand a\ttab\"\n"
                + "DIPLOMATIC\tlast\n");
        assertEquals(List.of("OTHER", "\"No,\" he said.", "x"), t.rows().get(0).cells());
        assertEquals(List.of("MILITARY", "Two lines,\nand a\ttab"), t.rows().get(1).cells());
        assertEquals(new Tsv.Row(5, List.of("DIPLOMATIC", "last")), t.rows().get(2));
    }

    @Test
    void cellThatOnlyBeginsWithAQuoteIsTakenAsWritten() {
        Tsv.Table t = Tsv.parse("label\ttext\nOTHER\t\"No,\" he said.\nOTHER\t\"Unclosed\nMILITARY\tnext\n");
        assertEquals(List.of("OTHER", "\"No,\" he said."), t.rows().get(0).cells());
        assertEquals(List.of("OTHER", "\"Unclosed"), t.rows().get(1).cells());
        assertEquals(new Tsv.Row(4, List.of("MILITARY", "next")), t.rows().get(2));
    }

    @Test
    void encodingsByByteOrderMarkElseUtf8ElseWindows1252() throws Exception {
        String text = "label\ttext\nOTHER\tCafé – “quoted”\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        assertEquals(text, Tsv.decode(utf8));
        assertEquals(text, Tsv.decode(bom));
        assertEquals(text, Tsv.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, Tsv.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(text, Tsv.decode(text.getBytes(Charset.forName("windows-1252"))));
    }
}
