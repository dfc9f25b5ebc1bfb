package org.despatch.scan;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's path as the text Despatch stores and shows, and back. On Linux a file name is bytes, which the JVM turns
 * into text in the locale's encoding: under the C locale of a cron job or a container every name beyond ASCII
 * ("Genève.txt"), and under a UTF-8 locale a name an older system wrote in Latin-1 ("M\xFCnchen.txt"), came back
 * with U+FFFD in it, a text that names no file. A path's URI holds its bytes exactly, whatever the locale, so the
 * bytes are read and written through it: a name is UTF-8 where its bytes are valid UTF-8, else windows-1252 (the
 * encoding such names come in, and every byte has a character in it here); a text is turned back into the file whose
 * name reads so. Plain ASCII, and every path where the JVM reads names exactly, take the JVM's own way.
 */
public final class FileNames {

    private static final boolean UNIX = "/".equals(FileSystems.getDefault().getSeparator());
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
    /** windows-1252 by byte; its five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) as Latin-1's C1 controls. */
    private static final char[] WINDOWS_1252 = windows1252();
    /** The byte of each character of {@link #WINDOWS_1252} beyond ASCII, -1 for the others. */
    private static final short[] WINDOWS_1252_BYTES = bytesOf(WINDOWS_1252);
    private static final String HEX = "0123456789ABCDEF";
    /** Look-ups {@link #path} makes at most for one text beyond its first (see {@link #firstExisting}). */
    private static final int MAX_LOOKUPS = 1_000;

    private FileNames() {
    }

    /**
     * How a path reads.
     *
     * @param text   the path as text
     * @param legacy whether a name in it was read as windows-1252 (not valid UTF-8): only then may its text also be
     *               another file's, one whose name is that text in UTF-8
     */
    public record Reading(String text, boolean legacy) {
    }

    /** The text of a path, made absolute and normal first. */
    public static String text(Path path) {
        return reading(path.toAbsolutePath().normalize()).text();
    }

    /** How an absolute path reads. */
    public static Reading reading(Path absolute) {
        String plain = absolute.toString();
        if (!UNIX || isAscii(plain) || UTF8_NAMES && plain.indexOf('\uFFFD') < 0) {
            return new Reading(plain, false);  // ASCII reads the same in every locale, and a UTF-8 locale read it all
        }
        StringBuilder text = new StringBuilder();
        boolean legacy = false;
        for (byte[] name : names(absolute)) {
            text.append('/');
            String utf8 = utf8OrNull(name);
            if (utf8 != null) {
                text.append(utf8);
                continue;
            }
            legacy = true;
            for (byte b : name) {
                text.append(WINDOWS_1252[b & 0xFF]);
            }
        }
        return new Reading(text.toString(), legacy);
    }

    /**
     * The text of an absolute path with the bytes of each name that is not valid UTF-8 beyond ASCII, and its "%",
     * shown as {@code %XX} ({@code /archive/M%FCnchen.txt}): for a file whose reading is taken by another one, to
     * show in its row.
     */
    public static String escapedText(Path absolute) {
        StringBuilder text = new StringBuilder();
        for (byte[] name : names(absolute)) {
            String utf8 = utf8OrNull(name);
            text.append('/');
            if (utf8 != null) {
                text.append(utf8);
                continue;
            }
            for (byte b : name) {
                int c = b & 0xFF;
                if (c < 0x80 && c != '%') {
                    text.append((char) c);
                } else {
                    text.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                }
            }
        }
        return text.toString();
    }

    /**
     * The path whose {@link #text} is {@code text} (resolved against the working directory when relative). A name
     * beyond ASCII may be the UTF-8 bytes of its text or its windows-1252 bytes: the first combination, UTF-8 first
     * at each level, that names an existing file is taken; with none, the UTF-8 path.
     */
    public static Path path(String text) {
        if (!UNIX || isAscii(text)) {
            return Path.of(text);
        }
        List<byte[][]> choices = new ArrayList<>();
        if (!text.startsWith("/")) {
            for (byte[] name : names(Path.of("").toAbsolutePath())) {
                choices.add(new byte[][] {name});
            }
        }
        for (String name : text.split("/")) {
            if (!name.isEmpty()) {
                byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
                byte[] legacy = isAscii(name) ? null : encodeWindows1252(name);
                choices.add(legacy == null ? new byte[][] {utf8} : new byte[][] {utf8, legacy});
            }
        }
        Path utf8 = fromBytes(choices, new int[choices.size()]);
        if (Files.exists(utf8, LinkOption.NOFOLLOW_LINKS)) {
            return utf8;  // one look for the common case
        }
        Path existing = firstExisting(choices, new int[choices.size()], 0, new int[] {MAX_LOOKUPS});
        return existing != null ? existing : utf8;
    }

    /**
     * Depth first over the names' choices from {@code level} on; a level's choice that leads nowhere is left. Twin
     * folders at every level of a hostile tree would double the search at each: it gives up after
     * {@code lookupsLeft[0]} look-ups.
     */
    private static Path firstExisting(List<byte[][]> choices, int[] chosen, int level, int[] lookupsLeft) {
        if (lookupsLeft[0]-- <= 0) {
            return null;
        }
        if (level == choices.size()) {
            Path path = fromBytes(choices, chosen);
            return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? path : null;
        }
        byte[][] here = choices.get(level);
        for (int i = 0; i < here.length; i++) {
            chosen[level] = i;
            if (here.length > 1 && !Files.exists(fromBytes(choices.subList(0, level + 1), chosen),
                    LinkOption.NOFOLLOW_LINKS)) {
                continue;  // no such folder or file: nothing below it either
            }
            Path found = firstExisting(choices, chosen, level + 1, lookupsLeft);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The names of an absolute path, as bytes, from its URI (which the JVM writes from the bytes). */
    private static List<byte[]> names(Path absolute) {
        String raw = absolute.toUri().getRawPath();
        List<byte[]> names = new ArrayList<>();
        for (String name : raw.split("/")) {
            if (!name.isEmpty()) {  // the root's, and the slash a folder's URI ends with
                names.add(unescape(name));
            }
        }
        return names;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name's windows-1252 bytes, or null where it was never read so: a character has none, or the bytes are
     * valid UTF-8 (which {@link #reading} reads as UTF-8: "CafÃ©" is no reading of the bytes of "Café").
     */
    private static byte[] encodeWindows1252(String name) {
        byte[] out = new byte[name.length()];
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int b = c < 0x80 ? c : c < WINDOWS_1252_BYTES.length ? WINDOWS_1252_BYTES[c] : -1;
            if (b < 0) {
                return null;
            }
            out[i] = (byte) b;
        }
        return StrictDecoding.isUtf8(out) ? null : out;
    }

    /** The bytes as UTF-8, or null where they are not valid UTF-8. */
    static String utf8OrNull(byte[] bytes) {
        return StrictDecoding.orNull(bytes, StandardCharsets.UTF_8);
    }

    /** A path from its names' chosen bytes, through a file URI, which the JVM turns into bytes without the locale. */
    private static Path fromBytes(List<byte[][]> choices, int[] chosen) {
        StringBuilder uri = new StringBuilder("file://");
        for (int level = 0; level < choices.size(); level++) {
            uri.append('/');
            for (byte b : choices.get(level)[chosen[level]]) {
                int c = b & 0xFF;
                boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                if (plain || "-._~".indexOf(c) >= 0) {
                    uri.append((char) c);
                } else {
                    uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                }
            }
        }
        return Path.of(URI.create(choices.isEmpty() ? "file:///" : uri.toString()));
    }

    /** A URI's percent-escaped name as the bytes it stands for. */
    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static char[] windows1252() {
        char[] table = new char[256];
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            table[b] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
        }
        return table;
    }

    private static short[] bytesOf(char[] table) {
        char highest = 0;
        for (char c : table) {
            highest = (char) Math.max(highest, c);
        }
        short[] bytes = new short[highest + 1];
        Arrays.fill(bytes, (short) -1);
        for (int b = 0x80; b < 0x100; b++) {
            bytes[table[b]] = (short) b;
        }
        return bytes;
    }
}
