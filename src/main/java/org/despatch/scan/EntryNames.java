package org.despatch.scan;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The names of a ZIP's entries as text. A ZIP marks a name in UTF-8, or carries it so in an extra field; any other
 * name is bytes in the code page of the system that wrote it: an OEM code page where DOS or Windows did (PKZIP,
 * WinZip, 7-Zip, Windows' own compressed folders until Windows 10; the ZIP format's default is code page 437), the
 * file system's where Unix did. Read as UTF-8, such a name came out garbled ("Z\u0081rich",
 * "Au\u00e1enminister" for a DOS "Z\u00fcrich", "Au\u00dfenminister"). Such a name is read in the code page of its
 * system whose letters are one language's ({@link CodePages}). A name in none of them, or whose bytes read as Chinese,
 * Japanese or Korean, is refused, and the archive with it: it is then parsed as a document, and Tika tells its
 * names' encoding from all of them together.
 */
public final class EntryNames {

    /**
     * The file systems of DOS, OS/2 and Windows a ZIP entry's "version made by" names (FAT, HPFS, NTFS by both
     * numberings in use, VFAT); an entry read from a local header alone has none, and counts as FAT.
     */
    private static final Set<Integer> DOS_HOSTS = Set.of(0, 6, 10, 11, 14);
    /** The double-byte code pages East Asian systems wrote names in. */
    private static final List<Charset> EAST_ASIAN = List.of(Charset.forName("Shift_JIS"), Charset.forName("GBK"),
            Charset.forName("Big5"), Charset.forName("EUC-KR"));
    private static final Set<Character.UnicodeScript> EAST_ASIAN_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    private EntryNames() {
    }

    /** The entry's name: as marked or carried in UTF-8, else its bytes in the code pages of the system that wrote it. */
    static String of(ZipArchiveEntry entry) throws IOException {
        if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME) {
            return entry.getName();  // the UTF-8 flag, or a Unicode path field that matches the name's bytes
        }
        return read(entry.getRawName(), DOS_HOSTS.contains(entry.getPlatform()) ? CodePages.OEM : CodePages.LATIN);
    }

    /**
     * A name's bytes as text: UTF-8 where they are valid UTF-8, else the likeliest of the code pages.
     *
     * @throws IOException where they read as East Asian text, or in no code page as one language's letters
     */
    static String read(byte[] name, List<Charset> codePages) throws IOException {
        Charset charset = charsetOf(name, codePages);
        if (charset == null) {
            throw new IOException("an entry name in an encoding not told by its letters: "
                    + new String(name, codePages.get(0)));
        }
        return new String(name, charset);
    }

    /**
     * The charset a name's bytes were written in: UTF-8 where they are valid UTF-8, else the likeliest of the code
     * pages; null where they read as East Asian text, or in no code page as one language's letters.
     */
    public static Charset charsetOf(byte[] name, List<Charset> codePages) {
        if (FileNames.utf8OrNull(name) != null) {
            return StandardCharsets.UTF_8;
        }
        Charset likeliest = CodePages.likeliest(name, codePages);
        return readsAsEastAsian(name) || CodePages.fit(name, likeliest) < CodePages.MIN_FIT ? null : likeliest;
    }

    /**
     * Whether the bytes, decoded in one of the East Asian code pages, hold two ideographs, kana or hangul in a row: a
     * word of those languages. A Latin name's accented letters come one or two bytes at a time between ASCII letters,
     * and read so give one character at most.
     */
    static boolean readsAsEastAsian(byte[] name) {
        for (Charset charset : EAST_ASIAN) {
            String text = FileNames.strictlyOrNull(name, charset);
            if (text != null && hasEastAsianPair(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasEastAsianPair(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean eastAsian = EAST_ASIAN_SCRIPTS.contains(Character.UnicodeScript.of(c));
            if (eastAsian && previous) {
                return true;
            }
            previous = eastAsian;
            i += Character.charCount(c);
        }
        return false;
    }
}
