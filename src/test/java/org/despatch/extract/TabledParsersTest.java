package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;

/** The parser with its table built once chooses as Tika's own auto-detecting parser does, and reads the same. */
class TabledParsersTest {

    private static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();

    private static ParseContext context(boolean ocr) {
        ParseContext context = new ParseContext();
        Ocr.configure(context, ocr);
        return context;
    }

    /** Media type to the class of the leaf parser chosen for it, through every level of composite. */
    private static Map<String, String> choices(CompositeParser parser, ParseContext context) {
        Map<String, String> choices = new TreeMap<>();
        for (Map.Entry<MediaType, Parser> e : parser.getParsers(context).entrySet()) {
            Parser chosen = e.getValue();
            while (chosen instanceof CompositeParser composite
                    && composite.getParsers(context).get(e.getKey()) != null) {
                chosen = composite.getParsers(context).get(e.getKey());
            }
            choices.put(e.getKey().toString(), chosen.getClass().getName());
        }
        return choices;
    }

    /**
     * Every type's parser is Tika's, but an mbox's, which is ours ({@link MailboxParser}), an archive's, Tika's
     * package parser refusing overlapping ZIP entries ({@link OverlapRefusingPackageParser}), and a compressed
     * file's, Tika's compressor parser keeping a gzip or bzip2 file's bytes before a cut
     * ({@link CutShortCompressorParser}); and Apple Mail's messages, which Tika has no parser for, are read by ours
     * ({@link AppleMailParser}).
     */
    @Test
    void choosesTheParserTikaChoosesForEveryType() {
        for (boolean ocr : List.of(false, true)) {
            Map<String, String> tika = choices(new AutoDetectParser(CONFIG), context(ocr));
            assertEquals("org.apache.tika.parser.mbox.MboxParser", tika.put("application/mbox",
                    MailboxParser.class.getName()));
            tika.replaceAll((type, parser) -> switch (parser) {
                case "org.apache.tika.parser.pkg.PackageParser" -> OverlapRefusingPackageParser.class.getName();
                case "org.apache.tika.parser.pkg.CompressorParser" -> CutShortCompressorParser.class.getName();
                default -> parser;
            });
            assertEquals(null, tika.put("message/x-emlx", AppleMailParser.class.getName()));
            assertEquals(CutShortCompressorParser.class.getName(), tika.get("application/gzip"));
            assertEquals(OverlapRefusingPackageParser.class.getName(), tika.get("application/zip"));
            Map<String, String> tabled = choices(TabledParsers.autoDetect(CONFIG), context(ocr));
            assertEquals(tika, tabled);
        }
    }

    @Test
    void buildsItsTableOnce() {
        AutoDetectParser parser = TabledParsers.autoDetect(CONFIG);
        ParseContext context = context(false);
        assertSame(parser.getParsers(context), parser.getParsers(context));
    }

    @Test
    void readsDocumentsAsTikaDoes() throws Exception {
        byte[] docx = Formats.docx("Despatch", List.of(Formats.Block.h("Recall of the ambassador"),
                Formats.Block.p("The minister recalled the ambassador for consultations.")));
        byte[] html = Formats.html("Despatch", List.of(Formats.Block.p("Troops crossed the river at dawn.")));
        assertEquals(text(new AutoDetectParser(CONFIG), "a.docx", docx),
                text(TabledParsers.autoDetect(CONFIG), "a.docx", docx));
        assertEquals(text(new AutoDetectParser(CONFIG), "a.html", html),
                text(TabledParsers.autoDetect(CONFIG), "a.html", html));
    }

    private static String text(AutoDetectParser parser, String name, byte[] bytes) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        parser.parse(new ByteArrayInputStream(bytes), handler, metadata, context(false));
        return metadata.get(Metadata.CONTENT_TYPE) + "\n" + handler;
    }
}
