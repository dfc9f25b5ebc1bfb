package org.despatch.scan;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The names of a ZIP's entries as text. A ZIP marks a name in UTF-8, or carries it so in an extra field; any other
 * name is bytes in the code page of the system that wrote it: an OEM code page where DOS or Windows did (PKZIP,
 * WinZip, 7-Zip, Windows' own compressed folders until Windows 10; the ZIP format's default is code page 437), the
 * file system's where Unix did. Read as UTF-8, such a name came out garbled ("Z\u0081rich",
 * "Au\u00e1enminister" for a DOS "Z\u00fcrich", "Au\u00dfenminister"). Such a name is read in the code page of its
 * system in which each of its words, and those of the archive's other names, is one language's ({@link CodePages}). A name in none of them, or whose bytes read as Chinese,
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
    private static final Set<Character.UnicodeScript> KANA = Set.of(Character.UnicodeScript.HIRAGANA,
            Character.UnicodeScript.KATAKANA);
    private static final Set<Character.UnicodeScript> IDEOGRAPHS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HANGUL);

    /** Each name read on its own: where an archive's other names are not known (read from its entries' headers). */
    static final EntryNames EACH_ALONE = new EntryNames(null, null);

    /** The code page of the names DOS and Windows wrote, and of those other systems wrote; null: each name's own. */
    private final Charset dosCodePage;
    private final Charset otherCodePage;

    private EntryNames(Charset dosCodePage, Charset otherCodePage) {
        this.dosCodePage = dosCodePage;
        this.otherCodePage = otherCodePage;
    }

    /**
     * The names of an archive whose entries are all known (its central directory): one code page for all the names
     * DOS and Windows wrote, chosen from all of them, and one for the others'.
     */
    static EntryNames of(List<ZipArchiveEntry> entries) {
        List<byte[]> dos = new ArrayList<>();
        List<byte[]> other = new ArrayList<>();
        for (ZipArchiveEntry e : entries) {
            if (inCodePage(e)) {
                (isDos(e) ? dos : other).add(e.getRawName());
            }
        }
        return new EntryNames(dos.isEmpty() ? null : CodePages.likeliestForNames(dos, CodePages.OEM),
                other.isEmpty() ? null : CodePages.likeliestForNames(other, CodePages.LATIN));
    }

    /**
     * The entry's name: as marked or carried in UTF-8, or valid UTF-8, else its bytes in the code page of the system
     * that wrote it.
     *
     * @throws IOException where they read as East Asian text, or in that code page not as one language's words
     */
    String name(ZipArchiveEntry entry) throws IOException {
        if (!inCodePage(entry)) {
            return entry.getName();  // Commons Compress reads names as UTF-8, and takes a Unicode path field
        }
        byte[] raw = entry.getRawName();
        List<Charset> codePages = isDos(entry) ? CodePages.OEM : CodePages.LATIN;
        Charset codePage = readableIn(raw, isDos(entry) ? dosCodePage : otherCodePage, codePages);
        if (codePage == null) {
            throw new IOException("an entry name in an encoding not told by its letters: "
                    + new String(raw, codePages.get(0)));
        }
        return new String(raw, codePage);
    }

    /**
     * A tar's name not in UTF-8, as its bytes read in the Latin code page whose letters they are, or as read in UTF-8
     * (with '?' for each byte that is not) where they are none's: a tar is listed whatever its names.
     */
    static String ofTar(String readAsUtf8, byte[] bytes) {
        Charset codePage = readableIn(bytes, null, CodePages.LATIN);
        return codePage != null ? new String(bytes, codePage) : readAsUtf8;
    }

    /** Whether the entry's name is in a code page: neither marked nor carried in UTF-8, nor valid UTF-8. */
    private static boolean inCodePage(ZipArchiveEntry entry) {
        return entry.getNameSource() == ZipArchiveEntry.NameSource.NAME
                && FileNames.utf8OrNull(entry.getRawName()) == null;
    }

    private static boolean isDos(ZipArchiveEntry entry) {
        return DOS_HOSTS.contains(entry.getPlatform());
    }

    /**
     * The charset a name's bytes were written in, the name read on its own: UTF-8 where they are valid UTF-8, else
     * the likeliest of the code pages; null where they read as East Asian text, or in no code page as one language's
     * words.
     */
    public static Charset charsetOf(byte[] name, List<Charset> codePages) {
        return FileNames.utf8OrNull(name) != null ? StandardCharsets.UTF_8 : readableIn(name, null, codePages);
    }

    /**
     * The code page a name in one reads in: {@code chosen} for its archive, else the likeliest for the name alone;
     * null where the name reads as East Asian text, or in that code page not as one language's words.
     */
    private static Charset readableIn(byte[] name, Charset chosen, List<Charset> codePages) {
        Charset codePage = chosen != null ? chosen : CodePages.likeliestForNames(List.of(name), codePages);
        return !readsAsEastAsian(name) && CodePages.readsAsWords(name, codePage) ? codePage : null;
    }

    /**
     * Whether the bytes, decoded in one of the East Asian code pages, hold two ideographs, kana or hangul in a row
     * ({@link #isEastAsianWord}): a word of those languages. A Latin name's accented letter is one byte, mostly
     * between ASCII letters; with the letter after it, GBK or Shift_JIS reads it as one ideograph ("Élève" as two),
     * which does not count.
     */
    static boolean readsAsEastAsian(byte[] name) {
        for (Charset charset : EAST_ASIAN) {
            String text = StrictDecoding.orNull(name, charset);
            if (text != null && hasEastAsianPair(text, charset)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a character of these bytes counts towards an East Asian word: kana of two bytes (Shift_JIS's katakana
     * take an ASCII byte second: "テスト" is "âeâXâg" in code page 437; its one-byte halfwidth kana are 437's and 852's
     * accented capitals), ideographs and hangul of two bytes beyond ASCII.
     */
    private static boolean isEastAsianWord(Character.UnicodeScript script, byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        return KANA.contains(script) || IDEOGRAPHS.contains(script) && allBeyondAscii(bytes);
    }

    private static boolean allBeyondAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasEastAsianPair(String text, Charset charset) {
        boolean previous = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            String character = text.substring(i, i + Character.charCount(c));
            boolean eastAsian = isEastAsianWord(Character.UnicodeScript.of(c), character.getBytes(charset));
            if (eastAsian && previous) {
                return true;
            }
            previous = eastAsian;
            i += character.length();
        }
        return false;
    }
}
