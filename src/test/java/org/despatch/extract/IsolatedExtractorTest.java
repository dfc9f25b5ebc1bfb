package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing in worker processes: a parser that never returns, or that exhausts its heap, costs that document only;
 * the worker is replaced and the next document is read.
 */
class IsolatedExtractorTest {

    private static final ExtractionLimits LIMITS = new ExtractionLimits(1_000_000, 10_000, 2_000);

    @TempDir
    Path temp;

    private String file(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text).toAbsolutePath().toString();
    }

    private static ExtractionResult extract(IsolatedExtractor x, String path) throws Exception {
        return x.extract(path, Path.of(path).getFileName().toString(), Files.size(Path.of(path))).document();
    }

    @Test
    void aParserThatNeverReturnsEndsAsTimeoutWithinTheLimitAndTheNextDocumentIsRead() throws Exception {
        String hung = file("stuck.sleep", "DESPATCH-SLEEP: this parser never returns");
        String next = file("next.txt", "The talks resumed in Geneva.");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS, WorkerSettings.DEFAULTS, false)) {
            extract(x, next);  // the worker is up: what follows measures the parse only
            long start = System.nanoTime();
            ExtractionResult r = extract(x, hung);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(ExtractionStatus.TIMEOUT, r.status(), r.reason());
            assertEquals("parse did not finish within 2000 ms", r.reason());
            assertTrue(millis < LIMITS.timeoutMillis() + IsolatedExtractor.KILL_GRACE_MILLIS, millis + " ms");
            ExtractionResult after = extract(x, next);
            assertEquals(List.of("OK", "The talks resumed in Geneva."), List.of(after.status().name(), after.text()));
            assertEquals(2, x.workersStarted(), "the stuck worker was replaced");
        }
    }

    @Test
    void aParseOutOfTimeKeepsTheTextItReadBeforeIt() throws Exception {
        String hung = file("stuck.sleep", "DESPATCH-SLEEP after-writing The ambassador was recalled on Monday.");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            ExtractionResult r = extract(x, hung);
            assertEquals(ExtractionStatus.TIMEOUT, r.status(), r.reason());
            assertEquals("The ambassador was recalled on Monday.", r.text());
            assertEquals("parse did not finish within 2000 ms; the 38 characters of its text read before it are "
                    + "kept", r.reason());
        }
    }

    @Test
    void aParserThatExhaustsTheHeapEndsAsCrashedAndTheNextDocumentIsRead() throws Exception {
        String hog = file("greedy.hoard", "DESPATCH-HOARD: this parser allocates without bound");
        String next = file("next.txt", "Troops crossed the river at dawn.");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS, new WorkerSettings(96, 100), false)) {
            ExtractionResult r = extract(x, hog);
            assertEquals(List.of("CRASHED", "parse worker ran out of memory (heap cap 96 MB)"),
                    List.of(r.status().name(), r.reason()));
            assertEquals(ExtractionStatus.OK, extract(x, next).status());
            assertEquals(2, x.workersStarted());
        }
    }

    @Test
    void aWorkerKilledFromOutsideCostsNoDocument() throws Exception {
        String once = file("killed-once.signal", "DESPATCH-SIGNAL KILL " + temp.resolve("killed-once.marker"));
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            ExtractionResult r = extract(x, once);
            assertEquals(List.of("OK", "survived KILL"), List.of(r.status().name(), r.text()), r.reason());
            assertEquals(2, x.workersStarted(), "the killed worker was replaced and the document parsed again");
        }
    }

    @Test
    void aDocumentThatKillsTwoWorkersIsCrashedAndTheNextDocumentIsRead() throws Exception {
        String always = file("killer.signal", "DESPATCH-SIGNAL KILL");
        String next = file("next.txt", "The talks resumed in Geneva.");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            ExtractionResult r = extract(x, always);
            assertEquals(ExtractionStatus.CRASHED, r.status());
            assertTrue(r.reason().startsWith("parse worker died on both attempts: exit code 137: "), r.reason());
            assertEquals(ExtractionStatus.OK, extract(x, next).status());
            assertEquals(3, x.workersStarted());
        }
    }

    @Test
    void ctrlCDoesNotStopAWorkerInMidDocument() throws Exception {
        String interrupted = file("ctrl-c.signal", "DESPATCH-SIGNAL INT");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            ExtractionResult r = extract(x, interrupted);
            assertEquals(List.of("OK", "survived INT"), List.of(r.status().name(), r.text()), r.reason());
            assertEquals(1, x.workersStarted());
        }
    }

    @Test
    void workersAreRecycledAfterTheirQuota() throws Exception {
        String doc = file("memo.txt", "The ambassador was recalled for consultations.");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS, new WorkerSettings(128, 2), false)) {
            for (int i = 0; i < 5; i++) {
                assertEquals(ExtractionStatus.OK, extract(x, doc).status());
            }
            assertEquals(3, x.workersStarted(), "2 + 2 + 1 documents");
        }
    }

    @Test
    void aWorkerThatCannotStartIsAFaultOfTheInstallationNotADocumentStatus() throws Exception {
        String doc = file("memo.txt", "The ambassador was recalled.");
        String before = System.getProperty(IsolatedExtractor.CLASS_PATH_PROPERTY);
        System.setProperty(IsolatedExtractor.CLASS_PATH_PROPERTY, temp.resolve("no-such-dir").toString());
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS, WorkerSettings.DEFAULTS, false)) {
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> extract(x, doc));
            assertTrue(e.getMessage().startsWith("parse worker did not start: "), e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty(IsolatedExtractor.CLASS_PATH_PROPERTY);
            } else {
                System.setProperty(IsolatedExtractor.CLASS_PATH_PROPERTY, before);
            }
        }
    }

    @Test
    void aWorkerWhoseJobDiedDeletesItsTemporaryFolderAndNoOtherFolder() throws Exception {
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            Path own = Files.createDirectories(temp.resolve(IsolatedExtractor.TEMP_PREFIX + "1"));
            Files.writeString(own.resolve("apache-tika-1.tmp"), "left by a parse");
            Path foreign = Files.createDirectories(temp.resolve("tmp"));
            assertEquals(0, orphanedWorker(x, own));
            assertEquals(0, orphanedWorker(x, foreign));
            assertEquals(List.of(false, true), List.of(Files.exists(own), Files.exists(foreign)));
        }
    }

    /** Starts a worker on {@code tmp}, waits until it is ready, then closes its stdin as a dying job would. */
    private static int orphanedWorker(IsolatedExtractor x, Path tmp) throws Exception {
        Process p = new ProcessBuilder(x.workerCommand(tmp)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (java.io.DataInputStream in = new java.io.DataInputStream(p.getInputStream())) {
            assertEquals(WorkerProtocol.READY, in.readInt());
            p.getOutputStream().close();
            assertTrue(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the worker exits when its stdin closes");
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }

    private String mail(String name, String hazardName, String hazard) throws Exception {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("note.txt", "Artillery shelled the town overnight.".getBytes(StandardCharsets.UTF_8));
        attachments.put(hazardName, hazard.getBytes(StandardCharsets.UTF_8));
        attachments.put("after.txt", "Talks resumed in Geneva.".getBytes(StandardCharsets.UTF_8));
        return Files.write(temp.resolve(name), Archives.mailWithAttachments("Recall", "The ambassador was recalled.",
                attachments)).toAbsolutePath().toString();
    }

    private static List<String> embedded(Extraction x) {
        return x.embedded().stream().map(e -> e.path() + " " + e.result().status() + " " + e.result().reason())
                .toList();
    }

    @Test
    void anAttachmentThatExhaustsTheHeapCostsThatAttachmentNotItsMail() throws Exception {
        String path = mail("mail.eml", "greedy.hoard", "DESPATCH-HOARD: this parser allocates without bound");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                new WorkerSettings(96, 100), false)) {
            Extraction e = x.extract(path, "mail.eml", Files.size(Path.of(path)));
            assertEquals(List.of("OK", "The ambassador was recalled."),
                    List.of(e.document().status().name(), e.document().text()));
            assertEquals(List.of("note.txt OK null",
                    "greedy.hoard CRASHED parse worker ran out of memory (heap cap 96 MB)", "after.txt OK null"),
                    embedded(e));
            assertEquals(2, x.workersStarted(), "the first died, the second read the mail without the attachment");
        }
    }

    @Test
    void anAttachmentThatKillsItsWorkerTwiceIsLeftOutOnTheThirdAttempt() throws Exception {
        String path = mail("mail.eml", "killer.signal", "DESPATCH-SIGNAL KILL");
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                WorkerSettings.DEFAULTS, false)) {
            Extraction e = x.extract(path, "mail.eml", Files.size(Path.of(path)));
            assertEquals(ExtractionStatus.OK, e.document().status());
            List<String> rows = embedded(e);
            assertEquals(3, rows.size(), rows::toString);
            assertEquals(List.of("note.txt OK null", "after.txt OK null"), List.of(rows.get(0), rows.get(2)));
            assertTrue(rows.get(1).startsWith(
                    "killer.signal CRASHED parse worker died on both attempts: exit code 137"), rows.get(1));
            assertEquals(3, x.workersStarted());
        }
    }

    /** A kill meant for the process while the mail is parsed without its culprit costs nothing either. */
    @Test
    void aKillFromOutsideWhileTheCulpritIsLeftOutCostsNothing() throws Exception {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("greedy.hoard", "DESPATCH-HOARD: without bound".getBytes(StandardCharsets.UTF_8));
        attachments.put("once.signal", ("DESPATCH-SIGNAL KILL " + temp.resolve("once.marker"))
                .getBytes(StandardCharsets.UTF_8));
        String path = Files.write(temp.resolve("mail.eml"), Archives.mailWithAttachments("Recall",
                "The ambassador was recalled.", attachments)).toAbsolutePath().toString();
        try (IsolatedExtractor x = new IsolatedExtractor(LIMITS, org.despatch.scan.ContainerLimits.DEFAULTS,
                new WorkerSettings(96, 100), false)) {
            Extraction e = x.extract(path, "mail.eml", Files.size(Path.of(path)));
            assertEquals(ExtractionStatus.OK, e.document().status(), e.document().reason());
            assertEquals(List.of("greedy.hoard CRASHED parse worker ran out of memory (heap cap 96 MB)",
                    "once.signal OK null"), embedded(e));
            assertEquals(3, x.workersStarted(), "heap, then the kill, then the read");
        }
    }
}
