package org.despatch.extract;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The password file's candidates (a "password bank"), tried in turn on each encrypted document: a UTF-8 text file,
 * one password a line, blank lines ignored. A candidate is known by its line number, which is all a document's
 * reason ever shows: the passwords themselves stay in the worker's memory, never in job parameters or the database.
 * A line is its password exactly (spaces included), less a carriage return that ends it (a file saved on Windows).
 */
public final class Passwords {

    /** No password file: an encrypted document is ENCRYPTED at once. */
    public static final Passwords NONE = new Passwords(List.of());

    /** One candidate: its line in the file and the password. */
    record Candidate(int line, String password) {
        @Override
        public String toString() {
            return "password " + line;  // never the password, wherever a candidate is printed
        }
    }

    private final List<Candidate> candidates;

    private Passwords(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException with a one-line message when the file is missing, unreadable, not UTF-8 or
     *                                  holds no password
     */
    public static Passwords read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("password file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException("password file not readable: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("password file not readable: " + file + " (" + Outcome.oneLine(e) + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("password file is not UTF-8 text: " + file);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);  // a byte-order mark some editors write is no part of the first password
        }
        List<Candidate> candidates = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (!line.isBlank()) {
                candidates.add(new Candidate(i + 1, line));
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("password file holds no password (one a line): " + file);
        }
        return new Passwords(candidates);
    }

    /** How many candidates there are. */
    public int size() {
        return candidates.size();
    }

    List<Candidate> candidates() {
        return candidates;
    }
}
