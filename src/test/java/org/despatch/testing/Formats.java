package org.despatch.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the same blocks of text in the formats archives hold: plain text, HTML, DOCX, PDF, RTF, e-mail, ZIP.
 * Used for the sample archive, the format tests and the benchmark corpus.
 */
public final class Formats {

    /** A paragraph or a heading. */
    public record Block(String text, boolean heading) {
        public static Block p(String text) {
            return new Block(text, false);
        }

        public static Block h(String text) {
            return new Block(text, true);
        }
    }

    private Formats() {
    }

    /** A scanned page: a PNG of one printed line, in large black capitals on white, and no text of its own. */
    public static byte[] scannedPage(String printed) {
        BufferedImage image = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 56));
        g.drawString(printed, 40, 120);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** One paragraph a line, no trailing newline (like the seed). */
    public static byte[] textOnePerLine(List<Block> blocks) {
        return String.join("\n", blocks.stream().map(Block::text).toList()).getBytes(StandardCharsets.UTF_8);
    }

    /** Paragraphs separated by blank lines, wrapped at the given width (like a typed despatch). */
    public static byte[] textWrapped(List<Block> blocks, int width) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            for (String line : wrap(b.text(), width)) {
                sb.append(line).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html(String title, List<Block> blocks) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>" + escape(title) + "</title></head>\n<body>\n");
        for (Block b : blocks) {
            String tag = b.heading() ? "h2" : "p";
            sb.append('<').append(tag).append('>').append(escape(b.text())).append("</").append(tag).append(">\n");
        }
        return sb.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx(String title, List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (Block b : blocks) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(b.text());
                if (b.heading()) {
                    run.setBold(true);
                    run.setFontSize(14);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of one paragraph and a picture in the text under it, as a scanned page pasted in: "image1.png". */
    public static byte[] docxWithPicture(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG,
                    "image1.png", Units.toEMU(40), Units.toEMU(20));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small blank PNG. */
    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with a text layer: each block wrapped to the page width, blocks separated by a blank line. */
    public static byte[] pdf(String title, List<Block> blocks) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
        float fontSize = 11;
        float leading = 14;
        float margin = 60;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<String[]> lines = new ArrayList<>();
            for (Block b : blocks) {
                for (String line : wrapToWidth(b.text(), b.heading() ? bold : font, fontSize, width)) {
                    lines.add(new String[] {b.heading() ? "b" : "r", line});
                }
                lines.add(null);
            }
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            for (String[] line : lines) {
                if (page == null || y < margin) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    y = PDRectangle.A4.getHeight() - margin;
                    cs.newLineAtOffset(margin, y);
                }
                if (line != null) {
                    cs.setFont(line[0].equals("b") ? bold : font, fontSize);
                    cs.showText(line[1]);
                }
                cs.newLineAtOffset(0, -leading);
                y -= leading;
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF encrypted with AES-256 (PDFBox's standard security handler): {@code userPassword} opens it, and an
     * empty one opens a PDF that only its owner password guards, as readers open it without asking.
     */
    public static byte[] encryptedPdf(byte[] pdf, String ownerPassword, String userPassword) {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Office Open XML file encrypted as Office 2010 and later encrypt one ("agile"), opened by {@code password}. */
    public static byte[] encryptedOoxml(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (java.io.OutputStream data = encryptor.getDataStream(fs)) {
                data.write(ooxml);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] rtf(List<Block> blocks) {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n\\pard ");
        for (Block b : blocks) {
            String text = rtfEscape(b.text());
            sb.append(b.heading() ? "{\\b " + text + "}" : text).append("\\par\n");
        }
        return sb.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A plain-text e-mail message (RFC 5322), paragraphs separated by blank lines. */
    public static byte[] eml(String from, String to, String subject, String date, List<Block> blocks) {
        String headers = "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nDate: " + date
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n";
        String body = new String(textWrapped(blocks, 72), StandardCharsets.UTF_8).replace("\n", "\r\n");
        return (headers + body).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An OpenDocument text as office suites write one: its "mimetype" first and stored, its content next, then its
     * styles and metadata, and its manifest last.
     */
    public static byte[] odt(String title, List<Block> blocks) {
        String office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content " + office + " office:version=\"1.2\"><office:body><office:text>\n");
        for (Block b : blocks) {
            content.append(b.heading() ? "<text:h text:outline-level=\"1\">" : "<text:p>").append(escape(b.text()))
                    .append(b.heading() ? "</text:h>\n" : "</text:p>\n");
        }
        content.append("</office:text></office:body></office:document-content>\n");
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta " + office
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:meta><dc:title>"
                + escape(title) + "</dc:title></office:meta></office:document-meta>\n";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles " + office
                + " office:version=\"1.2\"/>\n";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + ODT + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>\n";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (String[] e : new String[][] {{"content.xml", content.toString()}, {"styles.xml", styles},
                {"meta.xml", meta}, {"META-INF/manifest.xml", manifest}}) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String ODT = "application/vnd.oasis.opendocument.text";

    public static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> wrapToWidth(String text, PDType1Font font, float size, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : pdfSafe(text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard fonts encode WinAnsi only: replace what they cannot show. */
    private static String pdfSafe(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c < 256 || "\u2014\u2013\u2018\u2019\u201C\u201D\u20AC".indexOf(c) >= 0 ? c : '?');
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String rtfEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                sb.append('\\').append(c);
            } else if (c > 127) {
                sb.append("\\u").append((int) (short) c).append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
