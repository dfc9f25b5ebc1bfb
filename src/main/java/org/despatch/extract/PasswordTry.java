package org.despatch.extract;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.PasswordProvider;

/**
 * One parse's password: none, or one candidate of the {@link Passwords}, put where the parsers look for it. Tika's
 * parsers of PDF, OOXML, Excel 97 and 7z ask the context's {@link PasswordProvider}; POI's Word 97 and PowerPoint 97
 * readers ask no one and read the thread's {@link Biff8EncryptionKey}, so the candidate is set there too.
 *
 * <p>A parse without a password has no provider at all: a PDF that only its owner password protects opens with the
 * empty user password, which a provider's candidate would replace (and fail).
 */
final class PasswordTry implements PasswordProvider {

    static final PasswordTry NONE = new PasswordTry(null);

    private final Passwords.Candidate candidate;
    private volatile boolean asked;

    PasswordTry(Passwords.Candidate candidate) {
        this.candidate = candidate;
    }

    Passwords.Candidate candidate() {
        return candidate;
    }

    @Override
    public String getPassword(Metadata metadata) {
        asked = true;
        return candidate == null ? null : candidate.password();
    }

    /** Whether a parser asked this try's provider for the password. */
    boolean asked() {
        return asked;
    }

    /**
     * Puts this try's password in {@code context} and the calling thread's POI key, for a parse on this thread.
     *
     * @return puts back what was there before: a document embedded in one opened with a password gets its own tries
     */
    Restore apply(ParseContext context) {
        PasswordProvider before = context.get(PasswordProvider.class);
        String keyBefore = Biff8EncryptionKey.getCurrentUserPassword();
        context.set(PasswordProvider.class, candidate == null ? null : this);
        Biff8EncryptionKey.setCurrentUserPassword(candidate == null ? null : candidate.password());
        return () -> {
            context.set(PasswordProvider.class, before);
            Biff8EncryptionKey.setCurrentUserPassword(keyBefore);
        };
    }

    /** Undoes an {@link #apply}. */
    @FunctionalInterface
    interface Restore {
        void undo();
    }
}
