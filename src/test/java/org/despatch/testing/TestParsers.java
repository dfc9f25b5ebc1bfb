package org.despatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Real Tika parsers that misbehave, found by Tika's service loader on the test class path (see META-INF/services
 * and custom-mimetypes.xml at the class path root, where Tika looks): files that start with DESPATCH-SLEEP never
 * finish parsing, files that start with DESPATCH-HOARD allocate memory until there is none, and files that start
 * with DESPATCH-SIGNAL send their worker a signal, and files that start with DESPATCH-RECURSE recurse without end.
 */
public final class TestParsers {

    private TestParsers() {
    }

    /** A parser of one test-only media type (see custom-mimetypes.xml). */
    abstract static class OfType implements Parser {
        private static final long serialVersionUID = 1L;
        private final MediaType type;

        OfType(String subtype) {
            type = MediaType.application(subtype);
        }

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(type);
        }

        /** The document's words: the type's marker first, then what it asks for. */
        static String[] words(InputStream stream) throws IOException {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
        }

        /** Answers a document of one paragraph. */
        static void paragraph(ContentHandler handler, Metadata metadata, String text) throws SAXException {
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            xhtml.element("p", text);
            xhtml.endDocument();
        }
    }

    /**
     * Sleeps for ever and ignores interruption, like a parser caught in an endless loop; "DESPATCH-SLEEP 3" sleeps
     * 3 seconds and then reads, like a parser slow on a large file; "after-writing some words" after either writes a
     * paragraph of the words first, like a parser held up on a large file's later pages.
     */
    public static final class Sleeping extends OfType {
        private static final long serialVersionUID = 1L;

        public Sleeping() {
            super("x-despatch-sleep");
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException {
            String[] words = words(stream);
            boolean timed = words.length > 1 && words[1].matches("\\d+");
            int written = timed ? 2 : 1;
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            if (words.length > written + 1 && words[written].equals("after-writing")) {
                // a parser that gives part of the text before it is held up
                xhtml.element("p", String.join(" ", java.util.Arrays.copyOfRange(words, written + 1, words.length)));
            }
            if (timed) {
                try {
                    Thread.sleep(1000L * Integer.parseInt(words[1]));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                xhtml.element("p", "read after " + words[1] + " seconds");
                xhtml.endDocument();
                return;
            }
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException ignored) {
                    // a stuck parser does not listen
                }
            }
        }
    }

    /**
     * Keeps every megabyte it allocates, like a parser that trusts a hostile length field; "DESPATCH-HOARD 160"
     * keeps 160 MB and then reads, like a parser that needs a large heap for a large document.
     */
    public static final class Hoarding extends OfType {
        private static final long serialVersionUID = 1L;

        public Hoarding() {
            super("x-despatch-hoard");
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException {
            String[] words = words(stream);
            int megabytes = words.length > 1 && words[1].matches("\\d+") ? Integer.parseInt(words[1]) : -1;
            List<byte[]> kept = new ArrayList<>();
            while (megabytes < 0 || kept.size() < megabytes) {
                kept.add(new byte[1 << 20]);
            }
            paragraph(handler, metadata, "read in " + kept.size() + " MB");
        }
    }

    /**
     * "DESPATCH-SIGNAL KILL" or "DESPATCH-SIGNAL INT", then optionally a marker file's path: sends the named signal
     * to its own process, as an operator, the kernel's OOM killer or a terminal's Ctrl-C would, then reads on. With
     * a marker, only while the marker does not exist (it is created first): the signal comes once.
     */
    public static final class Signalling extends OfType {
        private static final long serialVersionUID = 1L;

        public Signalling() {
            super("x-despatch-signal");
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException {
            String[] words = words(stream);
            Path marker = words.length > 2 ? Path.of(words[2]) : null;
            if (marker == null || !Files.exists(marker)) {
                if (marker != null) {
                    Files.createFile(marker);
                }
                String pid = Long.toString(ProcessHandle.current().pid());
                try {
                    new ProcessBuilder("kill", "-" + words[1], pid).inheritIO().start().waitFor();
                    Thread.sleep(1_000);  // a signal that kills has done so by now
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            paragraph(handler, metadata, "survived " + words[1]);
        }
    }

    /**
     * Recurses without end, as a parser following a structure that refers to itself does: a StackOverflowError,
     * which costs its document (CRASHED), not the worker. "DESPATCH-RECURSE /path/count" first adds a line to that
     * file, so a test can count the parses.
     */
    public static final class Recursing extends OfType {
        private static final long serialVersionUID = 1L;

        public Recursing() {
            super("x-despatch-recurse");
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException {
            String[] words = words(stream);
            if (words.length > 1 && words[1].startsWith("/")) {
                Files.writeString(Path.of(words[1]), "parsed\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            descend(new int[1]);
        }

        private static void descend(int[] depth) {
            depth[0]++;
            descend(depth);
        }
    }
}
