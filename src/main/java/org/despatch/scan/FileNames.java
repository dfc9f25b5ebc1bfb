package org.despatch.scan;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

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
    private static final String HEX = "0123456789ABCDEF";

    private FileNames() {
    }

    /** The text of an absolute path. */
    public static String text(Path absolute) {
        String plain = absolute.toString();
        if (!UNIX || isAscii(plain) || UTF8_NAMES && plain.indexOf('\uFFFD') < 0) {
            return plain;  // ASCII reads the same in every locale, and a UTF-8 locale read every byte
        }
        String raw = absolute.toUri().getRawPath();
        if (raw.length() > 1 && raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);  // a folder's URI ends with a slash
        }
        StringBuilder text = new StringBuilder();
        for (String name : raw.substring(1).split("/", -1)) {
            text.append('/').append(decode(unescape(name)));
        }
        return text.toString();
    }

    /**
     * The path whose {@link #text} is {@code text} (resolved against the working directory when relative): a name read
     * as windows-1252 is looked for as such where no file has its UTF-8 bytes.
     */
    public static Path path(String text) {
        if (!UNIX || isAscii(text)) {
            return Path.of(text);
        }
        byte[] start = text.startsWith("/") ? new byte[0] : withoutTrailingSlash(
                unescape(Path.of("").toAbsolutePath().toUri().getRawPath()));
        String[] names = text.split("/");
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        utf8.writeBytes(start);
        for (String name : names) {
            append(utf8, name.getBytes(StandardCharsets.UTF_8));
        }
        Path exact = fromBytes(utf8.toByteArray());
        if (Files.exists(exact, LinkOption.NOFOLLOW_LINKS)) {
            return exact;
        }
        ByteArrayOutputStream chosen = new ByteArrayOutputStream();  // name by name, where a name was read so
        chosen.writeBytes(start);
        for (String name : names) {
            byte[] before = chosen.toByteArray();
            append(chosen, name.getBytes(StandardCharsets.UTF_8));
            byte[] legacy = encodeWindows1252(name);
            if (legacy != null && !Files.exists(fromBytes(chosen.toByteArray()), LinkOption.NOFOLLOW_LINKS)) {
                ByteArrayOutputStream other = new ByteArrayOutputStream();
                other.writeBytes(before);
                append(other, legacy);
                if (Files.exists(fromBytes(other.toByteArray()), LinkOption.NOFOLLOW_LINKS)) {
                    chosen = other;
                }
            }
        }
        return fromBytes(chosen.toByteArray());
    }

    private static void append(ByteArrayOutputStream path, byte[] name) {
        if (name.length > 0) {
            path.write('/');
            path.writeBytes(name);
        }
    }

    private static byte[] withoutTrailingSlash(byte[] path) {
        return path.length > 1 && path[path.length - 1] == '/' ? Arrays.copyOf(path, path.length - 1) : path;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException notUtf8) {
            StringBuilder s = new StringBuilder(name.length);
            for (byte b : name) {
                s.append(WINDOWS_1252[b & 0xFF]);
            }
            return s.toString();
        }
    }

    /** The name's windows-1252 bytes, or null when a character has none (then it was never read so). */
    private static byte[] encodeWindows1252(String name) {
        byte[] out = new byte[name.length()];
        boolean beyondAscii = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int b = c < 0x80 ? c : indexOf(c);
            if (b < 0) {
                return null;
            }
            beyondAscii |= b >= 0x80;
            out[i] = (byte) b;
        }
        return beyondAscii ? out : null;
    }

    private static int indexOf(char c) {
        for (int b = 0x80; b < 0x100; b++) {
            if (WINDOWS_1252[b] == c) {
                return b;
            }
        }
        return -1;
    }

    /** A path from its bytes, through a file URI, which the JVM turns into bytes without the locale. */
    private static Path fromBytes(byte[] bytes) {
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : bytes) {
            int c = b & 0xFF;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (plain || "/-._~".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return Path.of(URI.create(uri.toString()));
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
}
