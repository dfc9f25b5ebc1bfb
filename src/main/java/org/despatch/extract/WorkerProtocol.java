package org.despatch.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The messages between the job and a parse worker, over the worker's stdin and stdout: the worker says it is
 * ready, then answers each request (a document's source path, file name and size, an embedded document not to
 * parse, and the embedded documents the parse is for, with where in the file it may begin) with word of each embedded document it starts and ends, then
 * the document's result followed by those of the documents embedded in it.
 * Strings are length-prefixed UTF-8 (a text may be longer than {@code writeUTF} allows); -1 stands for null.
 */
final class WorkerProtocol {

    /** First int a worker writes once Tika is loaded. */
    static final int READY = 0x44535057;
    /** In an answer: an embedded document's parse starts, or ends (its path follows each), then the result. */
    static final int STARTED = 1;
    static final int ENDED = 2;
    static final int RESULT = 3;

    private WorkerProtocol() {
    }

    /**
     * A document to extract, the embedded document in it not to parse (null: none) with why, and the embedded
     * documents the parse is for (null: the whole file).
     */
    record Request(String sourcePath, String fileName, long sizeBytes, String skipPath, String skipReason,
                   Focus focus) {

        /** The same request, leaving out the embedded document at {@code path}. */
        Request skipping(String path, String reason) {
            return new Request(sourcePath, fileName, sizeBytes, path, reason, focus);
        }
    }

    static void writeRequest(DataOutputStream out, Request r) throws IOException {
        writeString(out, r.sourcePath());
        writeString(out, r.fileName());
        out.writeLong(r.sizeBytes());
        writeString(out, r.skipPath());
        writeString(out, r.skipReason());
        writeString(out, r.focus() == null ? null : r.focus().anchor());
        if (r.focus() != null) {
            out.writeInt(r.focus().wanted().size());
            for (String path : r.focus().wanted()) {
                writeString(out, path);
            }
            MessagePlace start = r.focus().start();
            out.writeLong(start == null ? -1 : start.offset());
            out.writeInt(start == null ? 0 : start.number());
        }
        out.flush();
    }

    static Request readRequest(DataInputStream in) throws IOException {
        String sourcePath = readString(in);
        String fileName = readString(in);
        long sizeBytes = in.readLong();
        String skipPath = readString(in);
        String skipReason = readString(in);
        String anchor = readString(in);
        Focus focus = null;
        if (anchor != null) {
            int count = in.readInt();
            List<String> wanted = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                wanted.add(readString(in));
            }
            long offset = in.readLong();
            int number = in.readInt();
            focus = new Focus(anchor, wanted, offset < 0 ? null : new MessagePlace(offset, number));
        }
        return new Request(sourcePath, fileName, sizeBytes, skipPath, skipReason, focus);
    }

    /**
     * Tells the job that an embedded document's parse starts or ends, at once (flushed): a worker that dies inside
     * it has said so before.
     */
    static void writeProgress(DataOutputStream out, int startedOrEnded, String path) throws IOException {
        out.writeInt(startedOrEnded);
        writeString(out, path);
        out.flush();
    }

    /**
     * Reads the answer to a request: the embedded documents being parsed are kept in {@code reading} as the worker
     * reports them, innermost first, so that if the answer never comes, {@code reading} says where the worker was.
     */
    static Extraction readAnswer(DataInputStream in, Deque<String> reading) throws IOException {
        while (true) {
            int tag = in.readInt();
            switch (tag) {
                case STARTED -> reading.push(readString(in));
                case ENDED -> {
                    readString(in);
                    reading.poll();
                }
                case RESULT -> {
                    return readExtraction(in);
                }
                default -> throw new IOException("unexpected message " + tag + " from the parse worker");
            }
        }
    }

    static void writeExtraction(DataOutputStream out, Extraction x) throws IOException {
        out.writeInt(RESULT);
        writeResult(out, x.document());
        out.writeInt(x.embedded().size());
        for (EmbeddedResult e : x.embedded()) {
            writeString(out, e.path());
            writeString(out, e.parentPath());
            writeString(out, e.sha256());
            out.writeLong(e.sizeBytes());
            writeResult(out, e.result());
            out.writeLong(e.offset());
        }
        writeString(out, x.stoppedIn());
        out.writeBoolean(x.budgetSpent());
        out.writeLong(x.bytesRead());
        out.flush();
    }

    private static Extraction readExtraction(DataInputStream in) throws IOException {
        ExtractionResult document = readResult(in);
        int count = in.readInt();
        List<EmbeddedResult> embedded = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            embedded.add(new EmbeddedResult(readString(in), readString(in), readString(in), in.readLong(),
                    readResult(in), in.readLong()));
        }
        return new Extraction(document, embedded, readString(in), in.readBoolean(), in.readLong());
    }

    /** A deferred embedded document's result (null) is written as a null status, and nothing more. */
    private static void writeResult(DataOutputStream out, ExtractionResult r) throws IOException {
        if (r == null) {
            writeString(out, null);
            return;
        }
        writeString(out, r.status().name());
        writeString(out, r.reason());
        writeString(out, r.mediaType());
        writeString(out, r.parser());
        writeString(out, r.title());
        writeString(out, r.text());
        out.writeLong(r.parseMillis());
        writeString(out, r.created());
    }

    private static ExtractionResult readResult(DataInputStream in) throws IOException {
        String status = readString(in);
        if (status == null) {
            return null;
        }
        return new ExtractionResult(ExtractionStatus.valueOf(status), readString(in), readString(in),
                readString(in), readString(in), readString(in), in.readLong(), readString(in));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
