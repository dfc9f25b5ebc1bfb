package org.despatch.extract;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A mailbox's source opened at the message where a parse for its waiting messages may begin ({@link Focus#start}):
 * a file is opened there at once (a skip over a file is a seek), an archive entry is read through to there. Where
 * no separator line begins there (the file changed since), it is opened at its start and read whole, as without a
 * place.
 */
final class MailboxSeek implements TextExtractor.Source {

    private final TextExtractor.Source source;
    private final MessagePlace place;
    private final Consumer<MessagePlace> resumed;

    /** @param resumed told of the place when the stream opened begins there, before it is read */
    MailboxSeek(TextExtractor.Source source, MessagePlace place, Consumer<MessagePlace> resumed) {
        this.source = source;
        this.place = place;
        this.resumed = resumed;
    }

    @Override
    public InputStream open() throws IOException {
        return seek(source);
    }

    @Override
    public InputStream open(Supplier<String> password) throws IOException {
        return seek(() -> source.open(password));
    }

    /** The stream {@code opening} opens, at the place, else at its start. */
    private InputStream seek(TextExtractor.Source opening) throws IOException {
        InputStream in = new BufferedInputStream(opening.open());
        try {
            in.skipNBytes(place.offset());
            in.mark(MailboxParser.SEPARATOR_MAX + 2);
            boolean separator = MailboxParser.beginsWithSeparator(in);
            in.reset();
            if (separator) {
                resumed.accept(place);
                return in;
            }
        } catch (EOFException e) {
            // the file is shorter than it was: read it from its start
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        in.close();
        return opening.open();
    }

    @Override
    public String cutShort() {
        return source.cutShort();
    }
}
