package org.despatch.persist;

/** The database cannot be reached or set up: a configuration problem, reported before any work starts. */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
