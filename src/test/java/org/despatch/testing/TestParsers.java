package org.despatch.testing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Two real Tika parsers that misbehave, found by Tika's service loader on the test class path (see
 * META-INF/services and custom-mimetypes.xml at the class path root, where Tika looks): files that start with DESPATCH-SLEEP never finish
 * parsing, files that start with DESPATCH-HOARD allocate memory until there is none.
 */
public final class TestParsers {

    private TestParsers() {
    }

    /** Sleeps for ever and ignores interruption, like a parser caught in an endless loop. */
    public static final class Sleeping implements Parser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("x-despatch-sleep"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a stuck parser does not listen
                }
            }
        }
    }

    /** Keeps every megabyte it allocates, like a parser that trusts a hostile length field. */
    public static final class Hoarding implements Parser {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.application("x-despatch-hoard"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            List<byte[]> kept = new ArrayList<>();
            while (kept.size() >= 0) {
                kept.add(new byte[1 << 20]);
            }
        }
    }
}
