package org.despatch.extract;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opens a document with the password file's candidates: it is parsed once without a password, as ever, and only if
 * that parse ends ENCRYPTED once more with each candidate in turn, until one opens it. So a document that is not
 * encrypted costs nothing more, and an encrypted one at most one parse a candidate.
 *
 * <p>A candidate opened the document when its parse ends neither ENCRYPTED nor CORRUPT: a 7z read with a wrong
 * password fails as damaged data would, its format having no check of the password. The result that opened it says
 * which line of the file did ("opened with password 3 of the password file"); one that none opened stays ENCRYPTED
 * and says how many were tried. Tried no further: an encrypted ZIP entry (commons-compress reads no ZipCrypto or AES
 * entry), and a format whose parser did not ask for the first candidate (an encrypted OpenDocument: Tika has no
 * decryption for it), which no other candidate would open either.
 */
final class PasswordTries {

    /** POI's Word 97 and PowerPoint 97 readers, which read the password from the thread without asking for it. */
    private static final Set<String> READ_WITHOUT_ASKING = Set.of("application/msword",
            "application/vnd.ms-powerpoint");

    private PasswordTries() {
    }

    /** One parse of the document with the given password (none, or a candidate). */
    @FunctionalInterface
    interface Parse<T> {
        T with(PasswordTry password);
    }

    /**
     * @param result    what a parse made of the document itself
     * @param relabeled the parse with the document's result replaced (its status kept, its reason told more)
     */
    static <T> T open(Passwords passwords, Parse<T> parse, Function<T, ExtractionResult> result,
                      BiFunction<T, ExtractionResult, T> relabeled) {
        T first = parse.with(PasswordTry.NONE);
        ExtractionResult locked = result.apply(first);
        if (locked.status() != ExtractionStatus.ENCRYPTED || passwords.size() == 0) {
            return first;
        }
        int count = passwords.size();
        if (Outcome.isZipEncryption(locked)) {
            return relabeled.apply(first, withReason(locked, locked.reason() + (count == 1
                    ? "; so the password of the password file was not tried"
                    : "; so none of the " + count + " passwords of the password file was tried")));
        }
        int tried = 0;
        long millis = locked.parseMillis();
        for (Passwords.Candidate candidate : passwords.candidates()) {
            PasswordTry password = new PasswordTry(candidate);
            T attempt = parse.with(password);
            ExtractionResult r = result.apply(attempt);
            tried++;
            millis = r.parseMillis();  // each parse's time counts from the document's start: all its tries
            if (r.status() != ExtractionStatus.ENCRYPTED && r.status() != ExtractionStatus.CORRUPT) {
                String told = (r.status() == ExtractionStatus.TIMEOUT ? "while trying " : "opened with ") + candidate
                        + " of the password file";
                return relabeled.apply(attempt, withReason(r, r.reason() == null ? told : r.reason() + "; " + told));
            }
            if (!password.asked() && !READ_WITHOUT_ASKING.contains(locked.mediaType())) {
                break;
            }
        }
        String why = tried < count ? "Tika asked for no password to open it, so " + tried + " of the " + count
                + " passwords of the password file was tried"
                : count == 1 ? "the password of the password file did not open it"
                : "none of the " + count + " passwords of the password file opened it";
        return relabeled.apply(first, withReason(locked, locked.reason() + "; " + why, millis));
    }

    private static ExtractionResult withReason(ExtractionResult r, String reason) {
        return withReason(r, reason, r.parseMillis());
    }

    private static ExtractionResult withReason(ExtractionResult r, String reason, long millis) {
        return new ExtractionResult(r.status(), reason, r.mediaType(), r.parser(), r.title(), r.text(), millis,
                r.created());
    }
}
