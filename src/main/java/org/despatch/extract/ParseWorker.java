package org.despatch.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.despatch.scan.ContainerLimits;
import org.despatch.scan.SourceOpener;
import org.despatch.scan.SourcePath;

/**
 * The main class of a parse worker process (started by {@link IsolatedExtractor} on the job's own class path):
 * reads requests from stdin, opens each document by its source path, extracts it with {@link TextExtractor} and
 * writes the result to stdout, until stdin closes. Arguments: maxFileSizeBytes maxChars timeoutMillis ocr maxDepth
 * maxEmbeddedCount passwordFile (empty for none; the worker reads the passwords itself, so they never cross the
 * job's command lines or parameters).
 *
 * <p>On its way out it deletes its temporary folder ({@code java.io.tmpdir}, when named as {@link IsolatedExtractor}
 * names it): the job deletes it too, but a job killed with {@code kill -9} cannot, and its worker still sees the
 * pipe close.
 *
 * <p>It names the JDK's XML factories where the class path would only search for them ({@link XmlFactories}).
 *
 * <p>stdout carries the protocol only: whatever a library prints goes to stderr.
 *
 * <p>It ignores SIGINT: Ctrl-C in a terminal reaches every process of the job's group, and the job stops at its next
 * checkpoint after the documents in hand, which its workers must live to finish. The job ends them itself.
 */
public final class ParseWorker {

    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        ignoreInterruptSignal();
        try {
            serve(args);
        } finally {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            if (temp.getFileName() != null && temp.getFileName().toString().startsWith(IsolatedExtractor.TEMP_PREFIX)) {
                IsolatedExtractor.deleteTree(temp);
            }
        }
    }

    /**
     * Through reflection: {@code sun.misc.Signal} is the JDK's only way to ignore a signal, and javac warns of every
     * reference to it. Where it is missing, Ctrl-C kills the workers, whose documents are parsed again in new ones.
     */
    private static void ignoreInterruptSignal() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            signal.getMethod("handle", signal, handler).invoke(null,
                    signal.getConstructor(String.class).newInstance("INT"), handler.getField("SIG_IGN").get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("parse worker: Ctrl-C not ignored: " + e);
        }
    }

    private static void serve(String[] args) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        ExtractionLimits limits = new ExtractionLimits(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Long.parseLong(args[2]));
        ContainerLimits containers = new ContainerLimits(Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        XmlFactories.nameJdkDefaults();
        Passwords passwords = args[6].isEmpty() ? Passwords.NONE : Passwords.read(Path.of(args[6]));
        try (TextExtractor extractor = new TextExtractor(limits, Boolean.parseBoolean(args[3]), containers, passwords);
             SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            out.writeInt(WorkerProtocol.READY);
            out.flush();
            while (true) {
                WorkerProtocol.Request request;
                try {
                    request = WorkerProtocol.readRequest(in);
                } catch (EOFException e) {
                    return;  // the job closed the pipe (or died): nothing more to do
                }
                String path = request.sourcePath();
                ProgressToJob progress = new ProgressToJob(out);
                Extraction extraction = extractor.extractAll(sourceOf(opener, path), request.fileName(),
                        request.sizeBytes(), SourcePath.depth(path),
                        new EmbeddedWatch(progress, request.skipPath(), request.skipReason(), request.focus()));
                progress.close();
                WorkerProtocol.writeExtraction(out, extraction);
            }
        }
    }

    /** The document at {@code path}, read through {@code opener}, which also tells whether it was cut short. */
    private static TextExtractor.Source sourceOf(SourceOpener opener, String path) {
        return new TextExtractor.Source() {
            @Override
            public InputStream open() throws IOException {
                return opener.open(path);
            }

            @Override
            public InputStream open(Supplier<String> password) throws IOException {
                return opener.open(path, password);
            }

            @Override
            public String cutShort() {
                return opener.cutShort();
            }
        };
    }

    /**
     * Tells the job of each embedded document's parse until the file's answer is written: a parse that ran out of
     * time may go on in its thread, and must not write into the answers that follow.
     */
    private static final class ProgressToJob implements EmbeddedWatch.Listener {
        private final DataOutputStream out;
        private boolean closed;

        ProgressToJob(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void started(String path) throws IOException {
            if (!closed) {
                WorkerProtocol.writeProgress(out, WorkerProtocol.STARTED, path);
            }
        }

        @Override
        public synchronized void ended(String path) throws IOException {
            if (!closed) {
                WorkerProtocol.writeProgress(out, WorkerProtocol.ENDED, path);
            }
        }

        synchronized void close() {
            closed = true;
        }
    }
}
