package org.despatch.extract;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mbox.MboxParser;
import org.apache.tika.parser.pkg.CompressorParser;
import org.apache.tika.parser.pkg.PackageParser;

/**
 * Tika's auto-detecting parser over the configuration's parsers, with its table of media type to parser built once.
 *
 * <p>A composite parser rebuilds that table on every parse, of every document and every embedded document, and
 * twice over (the auto-detecting parser's table asks the default parser's, which asks each of about a hundred
 * parsers for its types): a tenth of a parse worker's time on the benchmark's documents. The table depends on the
 * parsers, fixed once built, and on the parse context only through the OCR setting (the OCR parser has no types
 * when OCR is off), which is fixed for an extractor; so an extractor builds it on its first parse and keeps it.
 * Everything else is as {@code new AutoDetectParser(config)} has it: the detectors, the fallback parser, the
 * configuration of the auto-detecting parser, and the parsers themselves with their encoding detector and
 * renderer; only a configured digester, which Despatch does not configure, is not wrapped around the fallback, the
 * package parser reads a ZIP's names not marked UTF-8 as the scan does ({@link ZipEntryNameCharsets}) and refuses
 * a ZIP's overlapping entries ({@link OverlapRefusingPackageParser}), an mbox is split by {@link MailboxParser}, a
 * gzip or bzip2 file cut short gives its bytes before the cut ({@link CutShortCompressorParser}), Apple Mail's
 * {@code .emlx} is read as the mail it holds ({@link AppleMailParser}), and the detectors take a ZIP named like an Office document it is not for a ZIP ({@link ZipContentOverName}).
 */
final class TabledParsers {

    private TabledParsers() {
    }

    /** An auto-detecting parser over {@code config}'s parsers, for parse contexts of one OCR setting. */
    static AutoDetectParser autoDetect(TikaConfig config) {
        Parser parsers = config.getParser();
        Parser fallback = new EmptyParser();
        if (parsers instanceof CompositeParser composite) {
            TabledComposite tabled = new TabledComposite(composite.getMediaTypeRegistry(),
                    withAppleMail(composite.getAllComponentParsers().stream().map(TabledParsers::ours).toList()));
            fallback = composite.getFallback();
            tabled.setFallback(fallback);
            parsers = tabled;
        }
        TabledAutoDetect auto = new TabledAutoDetect(
                ZipContentOverName.over(config.getDetector(), config.getMediaTypeRegistry()), parsers);
        auto.setMediaTypeRegistry(config.getMediaTypeRegistry());
        auto.setFallback(fallback);
        auto.setAutoDetectParserConfig(config.getAutoDetectParserConfig());
        return auto;
    }

    /**
     * The parser, or ours in its place: the package parser with ZIP entry names read as the scan reads them
     * ({@link ZipEntryNameCharsets}) and overlapping entries refused ({@link OverlapRefusingPackageParser}), and the
     * mbox parser that keeps every message's text ({@link MailboxParser}), and the compressor parser keeping what a
     * gzip or bzip2 file cut short holds before the cut ({@link CutShortCompressorParser}).
     */
    private static Parser ours(Parser parser) {
        if (parser instanceof MboxParser) {
            return new MailboxParser();
        }
        if (parser instanceof CompressorParser tikas) {
            CutShortCompressorParser ours = new CutShortCompressorParser();
            ours.setDecompressConcatenated(tikas.isDecompressConcatenated());
            ours.setMemoryLimitInKb(tikas.getMemoryLimitInKb());
            return ours;
        }
        if (parser instanceof PackageParser tikas) {
            PackageParser ours = new OverlapRefusingPackageParser(
                    new ZipEntryNameCharsets(tikas.getEncodingDetector()));
            ours.setDetectCharsetsInEntryNames(tikas.isDetectCharsetsInEntryNames());
            return ours;
        }
        return parser;
    }

    /**
     * The parsers, and Apple Mail's messages read by the one among them that reads a mail (the last, as the
     * composite's table takes the last parser of a type).
     */
    private static List<Parser> withAppleMail(List<Parser> parsers) {
        ParseContext context = new ParseContext();
        return parsers.stream().filter(p -> AppleMailParser.readsMessages(p, context)).reduce((first, last) -> last)
                .map(mail -> Stream.concat(parsers.stream(), Stream.of(new AppleMailParser(mail))).toList())
                .orElse(parsers);
    }

    /** The table of a composite, built on first use. */
    private static final class Table {
        private volatile Map<MediaType, Parser> built;

        Map<MediaType, Parser> get(Supplier<Map<MediaType, Parser>> build) {
            Map<MediaType, Parser> table = built;
            if (table == null) {
                table = Map.copyOf(build.get());
                built = table;
            }
            return table;
        }
    }

    private static final class TabledComposite extends CompositeParser {
        private static final long serialVersionUID = 1L;
        private final transient Table table = new Table();

        TabledComposite(MediaTypeRegistry registry, List<Parser> parsers) {
            super(registry, parsers);
        }

        @Override
        public Map<MediaType, Parser> getParsers(ParseContext context) {
            return table.get(() -> super.getParsers(context));
        }
    }

    private static final class TabledAutoDetect extends AutoDetectParser {
        private static final long serialVersionUID = 1L;
        private final transient Table table = new Table();

        TabledAutoDetect(Detector detector, Parser parsers) {
            super(detector, parsers);
        }

        @Override
        public Map<MediaType, Parser> getParsers(ParseContext context) {
            return table.get(() -> super.getParsers(context));
        }
    }
}
