package org.unodc.rt.verify;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Submissions and library edits keep arriving while the server's JVM is killed with SIGKILL several times and
 * started again. Focal points save and submit their returns (the secretariat sends each back for clarification so it
 * can be submitted again); the secretariat creates, publishes and retitles library documents. Only what the server
 * acknowledged with 2xx counts. Afterwards: every acknowledged submission must be in the database with the text
 * that was submitted, every acknowledged library change must be findable in the index, and Lucene's CheckIndex must
 * find the index (as the last kill left it) clean.
 */
final class CrashScenario implements Scenario {

    private static final List<String> FOCAL_POINTS =
            List.of("fp.peru", "fp.southafrica", "fp.france", "fp.china", "fp.egypt", "fp.russia");
    private static final int KILLS = Integer.getInteger("verify.crash.kills", 3);

    /** Open while the server runs; workers whose request found it down wait here until it is up again. */
    private final Gate up = new Gate();
    /** Notified whenever a worker records acknowledged work. */
    private final Object progress = new Object();

    private record Submission(String focalPoint, long returnId, int versionNumber, String narrative) {}

    private record LibraryChange(long documentId, String marker) {}

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public boolean ownServer() {
        return true;
    }

    @Override
    public Outcome run(Server server) throws Exception {
        Outcome outcome = new Outcome(name());
        String base = server.base();
        Client secretariat = new Client(base, Setup.SECRETARIAT, Setup.PASSWORD);
        long cycle = Setup.openCycle(secretariat, "Crash verification " + System.currentTimeMillis());

        List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());
        List<LibraryChange> changes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(FOCAL_POINTS.size() + 2);
        List<Future<?>> workers = new ArrayList<>();
        for (String focalPoint : FOCAL_POINTS) {
            workers.add(
                    pool.submit(() -> submitLoop(base, focalPoint, cycle, running, submissions, refused, unanswered)));
        }
        for (int w = 0; w < 2; w++) {
            int writer = w;
            workers.add(pool.submit(() -> libraryLoop(base, writer, running, changes, unanswered)));
        }

        Random random = new Random(7);
        List<Double> restarts = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            // Kill at a different moment each time: after a random amount of acknowledged work since the start.
            awaitProgress(submissions, changes, 40 + random.nextInt(80), Duration.ofMinutes(3));
            int submittedBefore = submissions.size();
            up.down();
            server.kill();
            outcome.figure(
                    "kill %d with SIGKILL after %d acknowledged submissions and %d library changes",
                    kill, submittedBefore, changes.size());
            restarts.add(server.start());
            up.up();
        }
        // Some work after the last restart, so the restarted server is shown to take it.
        awaitProgress(submissions, changes, 40, Duration.ofMinutes(3));
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // Every acknowledged submission is in the database, with the text submitted.
        int missingSubmissions = 0;
        for (Submission submission : submissions) {
            Client.Reply compared = secretariat.get("/api/v1/returns/" + submission.returnId() + "/compare?from="
                    + submission.versionNumber() + "&to=" + submission.versionNumber());
            if (!compared.ok() || !compared.body().contains(submission.narrative())) {
                missingSubmissions++;
                outcome.figure("  missing: %s (%s)", submission, compared);
            }
        }
        // Every acknowledged library change is in the database, and the index holds what the database holds once
        // the indexer has caught up. A change the server committed but could not acknowledge before a kill (the
        // retitle of an acknowledged document) is newer than the acknowledged one; the index must then have that.
        List<LibraryChange> latest = latestPerDocument(changes);
        List<LibraryChange> expected = new ArrayList<>();
        int lostInDatabase = 0;
        for (LibraryChange change : latest) {
            Client.Reply stored = secretariat.get("/api/v1/library/documents/" + change.documentId());
            String current =
                    stored.ok() ? stored.object().getJsonArray("keywords").getString(0) : "";
            if (!current.equals(change.marker()) && !current.equals(change.marker() + "r")) {
                lostInDatabase++;
                outcome.figure("  lost in the database: %s (it holds \"%s\")", change, current);
            } else {
                expected.add(new LibraryChange(change.documentId(), current));
            }
        }
        // The indexer applies what is left within seconds: wait until the index holds every change, or a minute.
        Await.until(() -> expected.stream().allMatch(change -> indexed(secretariat, change)), Duration.ofSeconds(90));
        long missingChanges = expected.stream()
                .filter(change -> !indexed(secretariat, change))
                .count();
        if (missingChanges > 0) {
            for (LibraryChange change : expected) {
                if (!indexed(secretariat, change)) {
                    outcome.figure(
                            "  missing from the index: %s; health: %s", change, secretariat.get("/api/v1/health"));
                }
            }
        }
        // The last kill: CheckIndex reads the index exactly as a crash leaves it.
        server.kill();
        CheckIndex.Status status = checkIndex(server.indexDir(), outcome);

        outcome.figure(
                "%d kills; restarts took %s s; %d submissions and %d library changes acknowledged; %d refused by"
                        + " rules, %d requests unanswered while the server was down",
                KILLS,
                restarts.stream()
                        .map(s -> String.format(java.util.Locale.ROOT, "%.1f", s))
                        .toList(),
                submissions.size(),
                changes.size(),
                refused.get(),
                unanswered.get());
        outcome.target(
                missingSubmissions == 0 && !submissions.isEmpty(),
                "acknowledged submissions missing from the database: %d of %d (target 0)",
                missingSubmissions,
                submissions.size());
        outcome.target(
                lostInDatabase == 0 && !latest.isEmpty(),
                "acknowledged library changes missing from the database: %d of %d documents (target 0)",
                lostInDatabase,
                latest.size());
        outcome.target(
                missingChanges == 0 && !latest.isEmpty(),
                "library changes in the database missing from the index: %d of %d documents (target 0)",
                missingChanges,
                expected.size());
        outcome.target(
                status != null && status.clean,
                "Lucene CheckIndex after the last SIGKILL: %s",
                status == null ? "no index found" : status.clean ? "clean" : "PROBLEMS");
        return outcome;
    }

    private void submitLoop(
            String base,
            String focalPoint,
            long cycle,
            AtomicBoolean running,
            List<Submission> submissions,
            AtomicInteger refused,
            AtomicInteger unanswered) {
        Client client = new Client(base, focalPoint, Setup.PASSWORD);
        Client secretariat = new Client(base, Setup.SECRETARIAT, Setup.PASSWORD);
        int round = 0;
        while (running.get()) {
            Client.Reply mine = client.post("/api/v1/cycles/" + cycle + "/returns/mine", "");
            if (!answered(mine, unanswered)) {
                continue;
            }
            JsonObject current = mine.object();
            long returnId = current.getJsonNumber("id").longValue();
            if ("SUBMITTED".equals(current.getString("status"))) {
                // Submitted before a kill, but the acknowledgement may have been lost: send it back and go on.
                sendBack(secretariat, returnId, unanswered);
                continue;
            }
            String narrative = focalPoint + " submission " + (++round) + " " + System.nanoTime();
            Client.Reply saved = client.put(
                    "/api/v1/returns/" + returnId,
                    Setup.draft(current.getInt("version"), current, "IMPLEMENTED", narrative, "Shared experience."));
            if (!answered(saved, unanswered)) {
                continue;
            }
            if (!saved.ok()) {
                refused.incrementAndGet();
                continue;
            }
            Client.Reply submitted = client.post("/api/v1/returns/" + returnId + "/submit", Setup.submission());
            if (!answered(submitted, unanswered)) {
                continue;
            }
            if (!submitted.ok()) {
                refused.incrementAndGet();
                continue;
            }
            var versions = submitted.object().getJsonArray("versions");
            int number = versions.getJsonObject(versions.size() - 1).getInt("number");
            submissions.add(new Submission(focalPoint, returnId, number, narrative));
            acknowledged();
            sendBack(secretariat, returnId, unanswered);
        }
    }

    private void libraryLoop(
            String base, int writer, AtomicBoolean running, List<LibraryChange> changes, AtomicInteger unanswered) {
        Client secretariat = new Client(base, Setup.SECRETARIAT, Setup.PASSWORD);
        int n = 0;
        while (running.get()) {
            String marker = "crash" + writer + "x" + (++n) + "x" + Long.toString(System.nanoTime(), 36);
            Client.Reply created =
                    secretariat.post("/api/v1/library/documents", Setup.document(marker, "Texto de la ley " + marker));
            if (!answered(created, unanswered) || !created.ok()) {
                continue;
            }
            long id = created.object().getJsonNumber("id").longValue();
            Client.Reply published = secretariat.post("/api/v1/library/documents/" + id + "/publish", "");
            if (!answered(published, unanswered) || !published.ok()) {
                continue;
            }
            changes.add(new LibraryChange(id, marker));
            acknowledged();
            // Retitle it: the index must then hold the new title.
            String retitled = marker + "r";
            Client.Reply updated = secretariat.put(
                    "/api/v1/library/documents/" + id + "?version="
                            + published.object().getInt("version"),
                    Setup.document(retitled, "Texto de la ley " + retitled));
            if (answered(updated, unanswered) && updated.ok()) {
                changes.add(new LibraryChange(id, retitled));
                acknowledged();
            }
        }
    }

    private static boolean indexed(Client secretariat, LibraryChange change) {
        Client.Reply found = secretariat.get("/api/v1/library/search?crossLanguage=false&q=" + change.marker());
        return found.ok() && found.object().getJsonNumber("total").longValue() >= 1;
    }

    /** The secretariat's review: a comment on the first answer, then the return goes back to the State. */
    private void sendBack(Client secretariat, long returnId, AtomicInteger unanswered) {
        Client.Reply commented = secretariat.post(
                "/api/v1/returns/" + returnId + "/comments",
                "{\"questionPosition\":1,\"body\":\"Which article of the law applies?\"}");
        if (answered(commented, unanswered) && commented.ok()) {
            answered(secretariat.post("/api/v1/returns/" + returnId + "/request-clarification", ""), unanswered);
        }
    }

    /** False when the server did not answer (it is down): waits until it is up again, so the loop retries. */
    private boolean answered(Client.Reply reply, AtomicInteger unanswered) {
        if (reply.failure() == null && reply.status() != 503 && reply.status() != 404 || reply.ok()) {
            return true;
        }
        unanswered.incrementAndGet();
        up.await();
        return false;
    }

    /** Waits until {@code more} submissions and library changes beyond the present ones are acknowledged. */
    private void awaitProgress(List<Submission> submissions, List<LibraryChange> changes, int more, Duration limit)
            throws InterruptedException {
        int submissionsTarget = submissions.size() + more;
        int changesTarget = changes.size() + more;
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (progress) {
            while (submissions.size() < submissionsTarget || changes.size() < changesTarget) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IllegalStateException("No progress for " + limit.toSeconds() + " s: " + submissions.size()
                            + " submissions, " + changes.size() + " library changes.");
                }
                progress.wait(left);
            }
        }
    }

    private void acknowledged() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    private static List<LibraryChange> latestPerDocument(List<LibraryChange> changes) {
        java.util.Map<Long, LibraryChange> latest = new java.util.LinkedHashMap<>();
        synchronized (changes) {
            changes.forEach(c -> latest.put(c.documentId(), c));
        }
        return new ArrayList<>(latest.values());
    }

    private static CheckIndex.Status checkIndex(Path indexRoot, Outcome outcome) throws IOException {
        List<Path> segments;
        try (Stream<Path> files = Files.walk(indexRoot)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .map(Path::getParent)
                    .distinct()
                    .toList();
        }
        if (segments.isEmpty()) {
            return null;
        }
        CheckIndex.Status worst = null;
        for (Path dir : segments) {
            try (Directory directory = FSDirectory.open(dir);
                    CheckIndex check = new CheckIndex(directory)) {
                check.setInfoStream(null);
                CheckIndex.Status status = check.checkIndex();
                outcome.figure(
                        "CheckIndex %s: %s, %d segments, %d documents",
                        indexRoot.relativize(dir),
                        status.clean ? "clean" : "NOT CLEAN",
                        status.numSegments,
                        status.segmentInfos == null
                                ? 0
                                : status.segmentInfos.stream()
                                        .mapToInt(i -> i.maxDoc)
                                        .sum());
                if (worst == null || !status.clean) {
                    worst = status;
                }
            }
        }
        return worst;
    }
}
