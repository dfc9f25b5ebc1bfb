package org.despatch.cli;

/** Bad input found before any work starts: printed as one line, exit code 2. */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
