package org.despatch.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Set;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A message of Apple Mail ({@code .emlx}): its first line gives the message's length in bytes, the message follows
 * (an ordinary RFC 822 mail, attachments and all), and a property list of Apple's own (flags, dates) ends the file.
 * The message is read by Tika's mail parser, so its body is the document's text and each attachment a document of
 * its own, as for an {@code .eml}; the property list is left out. Tika knows the type but has no parser for it, and
 * read the whole file as plain text: headers, MIME boundaries, attachments in Base64 and the property list in one
 * text, with no attachment of its own.
 *
 * <p>A file whose first line is not a length (one written by another program) is read whole as a message. A file
 * shorter than its length (a copy cut short) gives the message so far, and then fails, so it ends {@code PARTIAL}
 * with its text kept. A {@code .partial.emlx}, whose attachments Apple Mail stored as files beside it, gives those
 * parts without their bodies; the files themselves are read where they lie.
 */
final class AppleMailParser implements Parser {

    private static final long serialVersionUID = 1L;
    static final MediaType EMLX = MediaType.parse("message/x-emlx");
    private static final MediaType MESSAGE = MediaType.parse("message/rfc822");
    /** The length line: digits, padded with spaces; anything longer is not one. */
    private static final int MAX_LENGTH_LINE = 32;

    private final Parser mail;

    /** @param mail Tika's parser of RFC 822 messages, which reads the message */
    AppleMailParser(Parser mail) {
        this.mail = mail;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(EMLX);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        long length = lengthLine(stream, head);
        if (length < 0) {
            mail.parse(new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), stream), handler,
                    metadata, context);
            return;
        }
        BoundedInputStream message = BoundedInputStream.builder().setInputStream(CloseShieldInputStream.wrap(stream))
                .setMaxCount(length).setPropagateClose(false).get();
        mail.parse(message, handler, metadata, context);
        metadata.set(Metadata.CONTENT_TYPE, EMLX.toString());
        long left = length - message.getCount();
        // the mail parser need not read to the end; what it left is read here, to tell a whole file from a cut one
        left -= message.skip(left);
        while (left > 0 && message.read() >= 0) {
            left -= 1 + message.skip(left - 1);
        }
        if (left > 0) {
            throw new EOFException("cut short: its first line gives the message " + length + " bytes, and "
                    + (length - left) + " follow it");
        }
    }

    /**
     * The length the first line gives, or -1 when it gives none; every byte read is kept in {@code head}, so that a
     * file without a length line can be read whole.
     */
    private static long lengthLine(InputStream in, ByteArrayOutputStream head) throws IOException {
        long length = 0;
        int digits = 0;
        for (int b = in.read(); b >= 0 && head.size() < MAX_LENGTH_LINE; b = in.read()) {
            head.write(b);
            if (b >= '0' && b <= '9' && digits == head.size() - 1) {
                length = length * 10 + (b - '0');
                digits++;
            } else if (b == '\n') {
                return digits > 0 && digits <= 15 ? length : -1;
            } else if (b != ' ' && b != '\t' && b != '\r' || digits == 0) {
                return -1;
            }
        }
        return -1;
    }

    /** The type Tika's mail parser reads, which an {@code .emlx} holds after its length line. */
    static boolean readsMessages(Parser parser, ParseContext context) {
        return parser.getSupportedTypes(context).contains(MESSAGE);
    }
}
