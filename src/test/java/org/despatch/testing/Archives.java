package org.despatch.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Archives and mail folders written by the tests themselves (commons-compress), never files from elsewhere. */
public final class Archives {

    private Archives() {
    }

    /** A compression wrapped around a tar, or around a single file. */
    @FunctionalInterface
    public interface Compression {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    public static final Compression NONE = out -> out;
    public static final Compression GZIP = GzipCompressorOutputStream::new;
    public static final Compression BZIP2 = BZip2CompressorOutputStream::new;

    /** A tar, its names in UTF-8 (not the locale's encoding). */
    public static byte[] tar(Map<String, byte[]> entries, Compression compression) {
        return tar(entries, compression, StandardCharsets.UTF_8);
    }

    /** A tar whose names beyond ASCII are in PAX headers, as bsdtar and Python's tarfile write them. */
    public static byte[] paxTar(Map<String, byte[]> entries) {
        return tar(entries, NONE, StandardCharsets.US_ASCII);
    }

    /** A tar, its names in {@code names}; in PAX headers where they are not ASCII. */
    public static byte[] tar(Map<String, byte[]> entries, Compression compression, Charset names) {
        return tar(entries.entrySet(), compression, names);
    }

    /** A tar of these entries in this order, two of one name if so given. */
    public static byte[] tar(Collection<Map.Entry<String, byte[]>> entries, Compression compression, Charset names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(compression.wrap(bytes), names.name())) {
            tar.setAddPaxHeadersForNonAsciiNames(StandardCharsets.US_ASCII.equals(names));
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A tar of one file and links to elsewhere: a symbolic link and a hard link, both to /etc/passwd. */
    public static byte[] tarWithLinks(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry file = new TarArchiveEntry(name);
            file.setSize(content.length);
            tar.putArchiveEntry(file);
            tar.write(content);
            tar.closeArchiveEntry();
            for (byte kind : new byte[] {TarConstants.LF_SYMLINK, TarConstants.LF_LINK}) {
                TarArchiveEntry link = new TarArchiveEntry(kind == TarConstants.LF_LINK ? "hard_link" : "sym_link",
                        kind);
                link.setLinkName("/etc/passwd");
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code count} words in no order, a dozen to a paragraph: a compressor cannot shrink them much. */
    public static String wordsInNoOrder(int count) {
        java.util.Random random = new java.util.Random(12);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append(Integer.toString(random.nextInt(1_000_000), 36)).append(i % 12 == 11 ? ".\n\n" : " ");
        }
        return body.toString();
    }

    /** One file compressed on its own ({@code .gz}, {@code .bz2}). */
    public static byte[] compressed(byte[] content, Compression compression) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = compression.wrap(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] sevenZ(Map<String, byte[]> entries) {
        return sevenZ(entries.entrySet());
    }

    /** A 7z of these entries in this order, two of one name if so given. */
    public static byte[] sevenZ(Collection<Map.Entry<String, byte[]>> entries) {
        SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
        try (SevenZOutputFile out = new SevenZOutputFile(channel)) {
            for (Map.Entry<String, byte[]> e : entries) {
                SevenZArchiveEntry entry = new SevenZArchiveEntry();
                entry.setName(e.getKey());
                entry.setSize(e.getValue().length);
                out.putArchiveEntry(entry);
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Arrays.copyOf(channel.array(), (int) channel.size());
    }

    /**
     * A ZIP whose names are written in {@code names} without the UTF-8 flag or a Unicode path field, as DOS and
     * Windows archivers wrote them (the entries made on FAT), or as a Unix one did ({@code unix}: their "version made
     * by" names Unix).
     */
    public static byte[] zipWithLegacyNames(Map<String, byte[]> entries, Charset names, boolean unix) {
        return zip(entries.entrySet(), names, unix);
    }

    /** A ZIP of these entries in this order, two of one name if so given, its names as {@link #zipWithLegacyNames}. */
    public static byte[] zip(Collection<Map.Entry<String, byte[]>> entries, Charset names, boolean unix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setEncoding(names.name());
            zip.setUseLanguageEncodingFlag(false);
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            for (Map.Entry<String, byte[]> e : entries) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                if (unix) {
                    entry.setUnixMode(0100644);
                }
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The ZIP with its end record pointing past its end for its central directory (a ZIP without a comment): the
     * directory is not found, and its entries are read from their own headers.
     */
    public static byte[] withDirectoryLost(byte[] zip) {
        byte[] damaged = zip.clone();
        int offsetField = damaged.length - 22 + 16;
        damaged[offsetField + 3] = 0x7F;
        return damaged;
    }

    /** An mbox mail folder (mboxrd): each message after a "From " line, body lines starting "From " quoted. */
    public static byte[] mbox(List<byte[]> messages) {
        StringBuilder sb = new StringBuilder();
        for (byte[] message : messages) {
            sb.append("From sender@example.org Mon Mar 29 10:00:00 1999\n");
            for (String line : new String(message, StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n", -1)) {
                sb.append(line.matches(">*From .*") ? ">" + line : line).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A 7z of cable.txt ("Secret cable text about the embassy in Homs.") and b.txt, their content encrypted with AES
     * under the password "zanzibar" and their names open, as 7-Zip writes one by default ({@code 7z a -pzanzibar
     * -mhe=off}): no Java library here writes an encrypted 7z, so these are 7-Zip's bytes.
     */
    public static byte[] sevenZEncrypted() {
        return java.util.Base64.getDecoder().decode("N3q8ryccAATetYuevgAAAAAAAAAhAAAAAAAAAOD10A07Ws5iQRfwMHhauApVXvQL"
                + "/fwcIEqTllWhE/fGO9OvyXEx6wl2ekiGm6kUiSR03WSv4JAXEHWE8ZVrEBgOnlEvAACBMweuD9Hy+/1Au5RkOzmkeudqI0YMYDzxOU"
                + "NPfcVQy1mXyEx6JIbvKnk6GKmz16C9OpYZx0wySc7f3TQHESJLmaQhlGslkQyVXZ7JQ9Thwj00Lxkgq+x1+NVqnHhYl5hlNpElo4Z7"
                + "kZ8gnD4JMvKrZ0aglp1BSNnUAAAAFwZAAQl+AAcLAQABIwMBAQVdABAAAAyAlgoBxgTwTQAA");
    }

    /** The same two files in a 7z whose names are encrypted too ({@code 7z a -pzanzibar -mhe=on}): 7-Zip's bytes. */
    public static byte[] sevenZEncryptedNames() {
        return java.util.Base64.getDecoder().decode("N3q8ryccAASuPaNGwAAAAAAAAAA9AAAAAAAAALW61RcqbM5QKMh96kio9rzqmwaw"
                + "FN0ydzB4MPA3/e/pdukR5viOiNV862MXXNFxjlQz+9K4klH0C/M6lnbrW7jBInByP/LxnpopjcvK0G0c1cLHfP0i3GPt34Q3fjdc3dl5"
                + "gHYlIpInoNjs0KZqkZoDOgfToJ1izIsMFWBYdp/N7TuI7u2bmu77qxtaODF8oOv3SbVZeKq2N03jAJwN1N4IARE72cNvCVm5V0yGr1CY"
                + "TMeYBnAWZucRF8vvW6SA8n0KW0IXBkABCYCAAAcLAQACJAbxBwESUw/K3h4cBKevfNRT0qEcPJFmIwMBAQVdABAAAAEADH6AlgoBwHsg"
                + "bwAA");
    }

    /**
     * A ZIP of the entries with the one named {@code encrypted} marked encrypted in its local and central headers, as
     * a password-protected entry is (no writer here encrypts, and the reader refuses it by that flag).
     */
    public static byte[] zipMarkedEncrypted(Map<String, byte[]> entries, String encrypted) {
        byte[] zip = Formats.zip(entries);
        byte[] name = encrypted.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + name.length <= zip.length; at++) {
            if (java.util.Arrays.equals(zip, at, at + name.length, name, 0, name.length)) {
                // the flags: 6 bytes into a local header (its name at 30), 8 into a central one (its name at 46)
                int flags = at >= 30 && zip[at - 30] == 'P' && zip[at - 29] == 'K' && zip[at - 28] == 3 ? at - 24
                        : at >= 46 && zip[at - 46] == 'P' && zip[at - 45] == 'K' && zip[at - 44] == 1 ? at - 38 : -1;
                if (flags >= 0) {
                    zip[flags] |= 1;
                }
            }
        }
        return zip;
    }

    /** A multipart message with a plain-text body and attachments (name to bytes, sent as base64). */
    public static byte[] mailWithAttachments(String subject, String body, Map<String, byte[]> attachments) {
        String boundary = "despatch-boundary-" + Math.abs(subject.hashCode());
        StringBuilder sb = new StringBuilder("From: desk@example.org\r\nTo: archive@example.org\r\nSubject: ")
                .append(subject).append("\r\nDate: Fri, 26 Mar 1999 09:00:00 +0000\r\nMIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
                .append(body).append("\r\n");
        for (Map.Entry<String, byte[]> a : attachments.entrySet()) {
            boolean message = a.getKey().endsWith(".eml");
            sb.append("--").append(boundary).append("\r\nContent-Type: ")
                    .append(message ? "message/rfc822" : "application/octet-stream")
                    .append("; name=\"").append(a.getKey()).append("\"\r\nContent-Disposition: attachment; filename=\"")
                    .append(a.getKey()).append("\"\r\n");
            if (message) {
                sb.append("\r\n").append(new String(a.getValue(), StandardCharsets.UTF_8)).append("\r\n");
            } else {
                sb.append("Content-Transfer-Encoding: base64\r\n\r\n")
                        .append(java.util.Base64.getMimeEncoder().encodeToString(a.getValue())).append("\r\n");
            }
        }
        sb.append("--").append(boundary).append("--\r\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP holding a ZIP holding ... {@code levels} deep, every one named {@code name}, a text file at the bottom. */
    public static byte[] nestedZip(String name, int levels, String text) {
        byte[] current = Formats.zip(Map.of("bottom.txt", text.getBytes(StandardCharsets.UTF_8)));
        for (int i = 1; i < levels; i++) {
            current = Formats.zip(Map.of(name, current));
        }
        return current;
    }

    /** A ZIP of one entry of {@code bytes} zeros: a few hundred KB that inflate to hundreds of MB. */
    public static byte[] zipOfZeros(String entryName, long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry(entryName));
            writeZeros(zip, bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A zip whose one entry inflates to {@code bytes} zeros while its headers (central directory and data
     * descriptor) claim {@code claimed}: a reader trusting the header would let a bomb past a size limit.
     */
    public static byte[] zipLyingAboutSize(String entryName, long bytes, int claimed) {
        byte[] zip = zipOfZeros(entryName, bytes);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = b.getInt(i);
            if (signature == 0x02014b50) {          // central directory header: uncompressed size at 24
                b.putInt(i + 24, claimed);
            } else if (signature == 0x08074b50) {   // data descriptor: signature, CRC, compressed, uncompressed
                b.putInt(i + 12, claimed);
            }
        }
        return zip;
    }

    /** {@code bytes} zeros, compressed on their own. */
    public static byte[] compressedZeros(long bytes, Compression compression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream c = compression.wrap(out)) {
            writeZeros(c, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeZeros(OutputStream out, long bytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        for (long left = bytes; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    /** A ZIP of {@code width} ZIPs of {@code width} ZIPs ... {@code levels} deep, one small text file at each leaf. */
    public static byte[] wideZip(int width, int levels) {
        byte[] current = Formats.zip(Map.of("leaf.txt", "a leaf of a wide archive".getBytes(StandardCharsets.UTF_8)));
        for (int level = 1; level < levels; level++) {
            Map<String, byte[]> copies = new java.util.TreeMap<>();
            for (int i = 0; i < width; i++) {
                copies.put("w" + i + ".zip", current);
            }
            current = Formats.zip(copies);
        }
        return current;
    }
    /**
     * David Fifield's overlapping ZIP bomb in its simplest form: one deflated kernel of {@code size} bytes of text and
     * {@code n} central-directory entries ("0.txt", "1.txt"...) that all point at it. With {@code paddingBytes} over 0,
     * a stored entry "padding.bin" of that many pseudo-random bytes comes first: a ZIP attached to a mail is held in
     * memory up to 4 MB, a larger one is spooled to a file, which Tika opens by its central directory.
     */
    public static byte[] overlappingZip(int n, int size, int paddingBytes) {
        byte[] text = new byte[size];
        byte[] line = "The consul reported troop movements along the border. ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            text[i] = line[i % line.length];
        }
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(text);
        deflater.finish();
        ByteArrayOutputStream k = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!deflater.finished()) {
            k.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        byte[] kernel = k.toByteArray();
        byte[] padding = new byte[paddingBytes];
        new java.util.Random(55).nextBytes(padding);
        ByteBuffer out = ByteBuffer.allocate(kernel.length + paddingBytes + 1024).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer cd = ByteBuffer.allocate(64 * (n + 1)).order(ByteOrder.LITTLE_ENDIAN);
        if (paddingBytes > 0) {
            localHeader(out, "padding.bin", 0, crc(padding), padding.length, padding.length).put(padding);
            centralHeader(cd, "padding.bin", 0, crc(padding), padding.length, padding.length, 0);
        }
        int kernelAt = out.position();
        localHeader(out, "0.txt", 8, crc(text), kernel.length, size).put(kernel);
        for (int i = 0; i < n; i++) {
            centralHeader(cd, i + ".txt", 8, crc(text), kernel.length, size, kernelAt);
        }
        return withCentralDirectory(out, cd, n + (paddingBytes > 0 ? 1 : 0));
    }

    private static ByteBuffer localHeader(ByteBuffer out, String name, int method, int crc, int packed, int size) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        return out.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method).putInt(0)
                .putInt(crc).putInt(packed).putInt(size).putShort((short) n.length).putShort((short) 0).put(n);
    }

    private static void centralHeader(ByteBuffer cd, String name, int method, int crc, int packed, int size,
                                      int localHeaderAt) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        cd.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0).putShort((short) method)
                .putInt(0).putInt(crc).putInt(packed).putInt(size).putShort((short) n.length).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(localHeaderAt).put(n);
    }

    /** The entries written in {@code out}, then the central directory {@code cd} of {@code count}, then the end. */
    public static byte[] withCentralDirectory(ByteBuffer out, ByteBuffer cd, int count) {
        int cdOffset = out.position();
        int cdSize = cd.position();
        ByteBuffer all = ByteBuffer.allocate(cdOffset + cdSize + 22).order(ByteOrder.LITTLE_ENDIAN);
        all.put(out.array(), 0, cdOffset).put(cd.array(), 0, cdSize);
        all.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                .putShort((short) count).putInt(cdSize).putInt(cdOffset).putShort((short) 0);
        return all.array();
    }

    private static int crc(byte[] bytes) {
        java.util.zip.CRC32 c = new java.util.zip.CRC32();
        c.update(bytes);
        return (int) c.getValue();
    }
}
