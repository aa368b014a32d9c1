package org.unodc.rt.verify;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A node lost under load, invisible to users. On a cluster of its own (cluster.sh at the repository root: a balancer
 * on :8080, node1 on :8180, node2 on :8280, one fresh PostgreSQL database), 50 focal points sign in through the
 * balancer's sign-in form and save and submit their returns (the secretariat sends each submission back so it can be
 * submitted again) while 20 researchers search the library; meanwhile node1 is killed with SIGKILL and restarted,
 * twice, then node2 once. While a node is down the secretariat publishes library documents, so the restarted node has
 * something to catch up on. The daily reminder run falls into the drill: both nodes' timers fire at the same minute.
 *
 * <p>The focal points are invited by the secretariat (one per State, not the demo's States) and set their passwords
 * from the invitation e-mail; each holds one browser session. Thirty sign in at the start, the others after the first
 * restart, so that sessions live on both nodes when node1 is killed the second time.
 *
 * <p>Checks: acknowledged saves and submissions missing afterwards: 0; users who had to sign in again (401 or a
 * redirect to the sign-in page on a session that had signed in): 0; failed requests, by kind: 0 (a search that failed
 * and answered when retried once, as a browser retries an idempotent GET on a dropped connection, is counted
 * separately); each restarted node's index holds every published document within 5 s of its first answer; reminder
 * e-mails exactly once per focal point and day; 99th percentile of saves and of searches through the balancer under
 * 1 s. PostgreSQL only; runs only when named ({@code -Dverify.scenarios=failover -Dverify.db=postgresql}).
 */
final class FailoverScenario implements Scenario {

    static final String PASSWORD = "quiet harbour lanterns 2026";
    private static final String BALANCER = "http://127.0.0.1:8080";
    private static final ZoneId VIENNA = ZoneId.of("Europe/Vienna");
    private static final int FOCAL_POINTS = Integer.getInteger("verify.failover.focalPoints", 50);
    /** How many focal points sign in at the start; the others sign in after the first restart. */
    private static final int EARLY = FOCAL_POINTS * 3 / 5;

    private static final int RESEARCHERS = Integer.getInteger("verify.failover.researchers", 20);
    /** Mean pause of a focal point before each save or submission, in ms. */
    private static final int THINK_MILLIS = Integer.getInteger("verify.failover.think", 5000);

    private static final int SAVES_PER_SUBMISSION = 3;
    /** Minutes from the cluster's start to the daily reminder run (RT_REMINDERS_AT), truncated to the minute. */
    private static final int REMINDERS_AFTER = Integer.getInteger("verify.failover.remindersAfter", 5);
    /** Seconds of load before the first kill and after each restart. */
    private static final int STEADY_SECONDS = Integer.getInteger("verify.failover.steady", 30);

    private static final int DOCUMENTS_PER_OUTAGE = 5;
    private static final double INDEX_TARGET_SECONDS = 5;
    private static final List<String> DRILL = List.of("node1", "node1", "node2");
    private static final Set<String> DEMO_STATES = Set.of("PER", "ZAF", "FRA", "CHN", "EGY", "RUS");
    private static final String PREFIX = "failover.";

    /** One focal point's browser session and what the server acknowledged to it. Used by its own thread only. */
    private static final class FocalPoint {
        final String user;
        final Client client;
        long returnId;
        /** The narrative of question 1 in the last save the server acknowledged. */
        String acknowledged;
        /** Narratives saved since, whose answer never came: the server may or may not have them. */
        final List<String> unanswered = new ArrayList<>();

        volatile String route;
        int moves;
        boolean signedIn;

        FocalPoint(String user) {
            this.user = user;
            this.client = Client.browser(BALANCER, user);
        }
    }

    private record Submission(String user, long returnId, int number, String narrative) {}

    /** What one restart showed: seconds down, seconds until its index held every published document. */
    private record Restart(String node, double down, double indexed, long nodeCount, long expected, String compared) {}

    private final Figures figures = new Figures();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> retried = new ConcurrentHashMap<>();
    private final Set<String> signedOutUsers = ConcurrentHashMap.newKeySet();
    private final AtomicLong signedOut = new AtomicLong();
    private final AtomicLong conflictsAfterAcknowledged = new AtomicLong();
    private final AtomicLong acknowledgedSaves = new AtomicLong();
    private final List<Submission> submissions = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch lateArrivals = new CountDownLatch(1);
    private final List<FocalPoint> focalPoints = new ArrayList<>();
    private final AtomicLong printed = new AtomicLong();
    /** From a kill until the restarted node's index is complete; requests then also count as "(outage)". */
    private volatile boolean outage;
    /** Sign-ins under way. */
    private final AtomicInteger signingIn = new AtomicInteger();

    private Path script;
    private Path work;
    private String database;
    private Map<String, String> environment;
    private Client secretariat;

    @Override
    public String name() {
        return "failover";
    }

    @Override
    public boolean ownServer() {
        return true;
    }

    @Override
    public boolean optIn() {
        return true;
    }

    @Override
    public Outcome run(Server server) {
        throw new UnsupportedOperationException("failover starts a cluster of its own: see Verify");
    }

    /** Starts the cluster, runs the drill, stops the cluster and drops its database. */
    Outcome run(Path wildfly, Path ear, Path work, int mailPort, GreenMail mail) throws Exception {
        Outcome outcome = new Outcome(name());
        this.work = work;
        this.script = Path.of(System.getProperty("verify.cluster.script", "../cluster.sh"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("No cluster.sh at " + script + " (set -Dverify.cluster.script=)");
        }
        Files.createDirectories(work);
        Path root = script.getParent();
        if (cluster(false, "status").contains(": runs")) {
            throw new IllegalStateException(
                    "A cluster runs already (" + root + "/cluster.sh status): stop it first (./cluster.sh stop).");
        }

        String pgUrl = System.getProperty("verify.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
        URI pg = URI.create(pgUrl.substring("jdbc:".length()));
        database = "rt_verify_failover_" + System.currentTimeMillis();
        ZonedDateTime launched = ZonedDateTime.now(VIENNA);
        ZonedDateTime remindersAt = launched.plusMinutes(REMINDERS_AFTER).truncatedTo(ChronoUnit.MINUTES);
        String at = remindersAt.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        environment = Map.of(
                "RT_CLUSTER_DB_NAME", database,
                "RT_CLUSTER_DB_HOST", pg.getHost(),
                "RT_CLUSTER_DB_PORT", String.valueOf(pg.getPort() < 0 ? 5432 : pg.getPort()),
                "RT_CLUSTER_DB_USER", System.getProperty("verify.pg.user", "postgres"),
                "RT_CLUSTER_DB_PASSWORD", System.getProperty("verify.pg.password", "postgres"),
                "RT_MAIL_HOST", "127.0.0.1",
                "RT_MAIL_PORT", String.valueOf(mailPort),
                "RT_REMINDERS_AT", at,
                "RT_CLUSTER_EAR", ear.toAbsolutePath().toString(),
                "RT_WILDFLY_HOME", wildfly.toAbsolutePath().toString());

        // The cluster's node and shared directories belong to one database: others' go aside and come back after.
        ClusterData data = new ClusterData(root.resolve("data"), work.resolve("cluster-data"));
        data.setAside();
        Verify.postgres("CREATE DATABASE " + database);
        try {
            long began = System.nanoTime();
            cluster(true, "start");
            outcome.figure(
                    "cluster (balancer, node1, node2) started in %.1f s on database %s; daily reminders at %s Vienna"
                            + " time",
                    (System.nanoTime() - began) / 1e9, database, at);
            drill(outcome, mail, remindersAt);
        } finally {
            try {
                cluster(true, "stop");
            } finally {
                data.restore();
                Verify.postgres("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
        return outcome;
    }

    private void drill(Outcome outcome, GreenMail mail, ZonedDateTime remindersAt) throws Exception {
        Client admin = new Client(BALANCER, Setup.SECRETARIAT, Setup.PASSWORD);
        long setupBegan = System.nanoTime();
        List<String> states = new ArrayList<>();
        for (JsonValue state : Setup.expect(admin.get("/api/v1/member-states"), "list the Member States")
                .array()) {
            String iso3 = state.asJsonObject().getString("iso3");
            if (!DEMO_STATES.contains(iso3)) {
                states.add(iso3);
            }
        }
        Collections.sort(states);
        List<String> users = Setup.inviteFocalPoints(admin, mail, PREFIX, states.subList(0, FOCAL_POINTS), PASSWORD);
        String stamp = Long.toString(System.currentTimeMillis(), 36);
        long cycle = Setup.openCycle(admin, "Failover verification " + stamp);
        // A second cycle whose 3-day reminder is due today: the daily run reminds every State of it, once.
        String remindersTitle = "Failover reminders " + stamp;
        Setup.openCycle(
                admin,
                remindersTitle,
                LocalDate.now(VIENNA).plusDays(3),
                Json.createArrayBuilder().add(3));
        secretariat = Client.browser(BALANCER, Setup.SECRETARIAT);
        if (!Client.signedIn(secretariat.signIn(Setup.PASSWORD))) {
            throw new IllegalStateException("The secretariat cannot sign in through the form.");
        }
        outcome.figure(
                "set-up: %d focal points invited (one per State, not the demo's) and activated from their e-mail,"
                        + " each with one browser session signed in through the form; cycles opened; %.1f s",
                users.size(), (System.nanoTime() - setupBegan) / 1e9);
        if (ZonedDateTime.now(VIENNA).isAfter(remindersAt.minusSeconds(60))) {
            throw new IllegalStateException("The cluster took too long to start and set up: the daily reminder run at "
                    + remindersAt.toLocalTime() + " comes before the load; raise -Dverify.failover.remindersAfter"
                    + " (minutes from the start, now " + REMINDERS_AFTER + ").");
        }
        outcome.figure(
                "library before the drill: %d published documents in the database; search counts: %s",
                publishedInDatabase(), counts());

        ExecutorService pool = Executors.newFixedThreadPool(FOCAL_POINTS + RESEARCHERS);
        List<Future<?>> workers = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            FocalPoint focalPoint = new FocalPoint(users.get(i));
            focalPoints.add(focalPoint);
            boolean late = i >= EARLY;
            long seed = i;
            workers.add(pool.submit(() -> report(focalPoint, cycle, late, new Random(seed))));
        }
        for (int r = 0; r < RESEARCHERS; r++) {
            long seed = 1000 + r;
            workers.add(pool.submit(() -> research(new Random(seed))));
        }

        List<Restart> restarts = new ArrayList<>();
        try {
            Thread.sleep(STEADY_SECONDS * 1000L);
            int outage = 0;
            for (String node : DRILL) {
                outage++;
                restarts.add(killAndRestart(outcome, node, outage));
                if (outage == 1) {
                    lateArrivals.countDown();
                }
                Thread.sleep(STEADY_SECONDS * 1000L);
            }
            // The load goes on until the daily reminder run has had a minute.
            while (ZonedDateTime.now(VIENNA).isBefore(remindersAt.plusSeconds(60))) {
                Thread.sleep(1000);
            }
        } finally {
            running.set(false);
            lateArrivals.countDown();
            pool.shutdown();
        }
        for (Future<?> worker : workers) {
            worker.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        // Every acknowledged save: the return holds the last acknowledged narrative (or one sent later whose answer
        // was lost). Every acknowledged submission: its version holds the narrative submitted.
        int missingSaves = 0;
        int returns = 0;
        for (FocalPoint focalPoint : focalPoints) {
            if (focalPoint.returnId == 0 || focalPoint.acknowledged == null && focalPoint.unanswered.isEmpty()) {
                continue;
            }
            returns++;
            Client.Reply stored = admin.get("/api/v1/returns/" + focalPoint.returnId);
            String narrative = stored.ok() ? narrative(stored.object()) : null;
            if (narrative == null
                    || !narrative.equals(focalPoint.acknowledged) && !focalPoint.unanswered.contains(narrative)) {
                missingSaves++;
                outcome.figure(
                        "  missing save: %s acknowledged \"%s\", the return holds \"%s\"",
                        focalPoint.user, focalPoint.acknowledged, narrative);
            }
        }
        int missingSubmissions = 0;
        for (Submission submission : submissions) {
            Client.Reply compared = admin.get("/api/v1/returns/" + submission.returnId() + "/compare?from="
                    + submission.number() + "&to=" + submission.number());
            if (!compared.ok() || !compared.body().contains(submission.narrative())) {
                missingSubmissions++;
                outcome.figure("  missing submission: %s (%s)", submission, compared);
            }
        }

        // Reminders: the daily run went out once, to every focal point of every State, each once.
        Set<String> invited = users.stream().map(u -> u + "@example.org").collect(Collectors.toSet());
        // The cycle's opening notices name it in their subjects too, but went out at the set-up, before the run.
        Date from = Date.from(remindersAt.minusSeconds(30).toInstant());
        Await.until(() -> reminders(mail, remindersTitle, from).keySet().containsAll(invited), Duration.ofMinutes(2));
        Thread.sleep(10_000); // a second run would come within seconds of the first
        Map<String, Long> reminded = reminders(mail, remindersTitle, from);
        long reminderMessages =
                reminded.values().stream().mapToLong(Long::longValue).sum();
        long twice = reminded.values().stream().filter(n -> n > 1).count();
        long notReminded =
                invited.stream().filter(i -> !reminded.containsKey(i)).count();

        // The figures.
        long sessionsMoved = focalPoints.stream().filter(f -> f.moves > 0).count();
        outcome.figure(
                "%d focal points (%d from the start, %d after the first restart) and %d researchers for %.1f s,"
                        + " through the balancer, on %d cores",
                focalPoints.size(),
                Math.min(EARLY, focalPoints.size()),
                Math.max(0, focalPoints.size() - EARLY),
                RESEARCHERS,
                seconds,
                Runtime.getRuntime().availableProcessors());
        figures.table(seconds).forEach(line -> outcome.figure("%s", line));
        for (Restart restart : restarts) {
            outcome.figure(
                    "%s: down %.1f s (SIGKILL to first answer); index complete %.1f s after its first answer:"
                            + " %d of %d published documents; %s",
                    restart.node(),
                    restart.down(),
                    restart.indexed(),
                    restart.nodeCount(),
                    restart.expected(),
                    restart.compared());
        }
        outcome.figure(
                "%d saves and %d submissions acknowledged, in %d returns; %d sessions moved to another node",
                acknowledgedSaves.get(), submissions.size(), returns, sessionsMoved);
        outcome.figure("failed requests by kind: %s", failures.isEmpty() ? "none" : new TreeMap<>(failures).toString());
        outcome.figure(
                "GETs that failed and answered when retried once (not counted as failed): %s",
                retried.isEmpty() ? "none" : new TreeMap<>(retried).toString());
        outcome.figure(
                "daily reminder run: %s; %d reminder e-mails to %d recipients (%d of them invited here)",
                dailyRuns(),
                reminderMessages,
                reminded.size(),
                reminded.keySet().stream().filter(invited::contains).count());

        outcome.target(
                missingSaves == 0 && conflictsAfterAcknowledged.get() == 0 && returns > 0,
                "acknowledged saves missing afterwards: %d of %d returns; saves refused because an acknowledged one"
                        + " was missing: %d (target 0)",
                missingSaves,
                returns,
                conflictsAfterAcknowledged.get());
        outcome.target(
                missingSubmissions == 0 && !submissions.isEmpty(),
                "acknowledged submissions missing afterwards: %d of %d (target 0)",
                missingSubmissions,
                submissions.size());
        outcome.target(
                signedOutUsers.isEmpty(),
                "users who had to sign in again: %d (%d requests answered as signed out; target 0)",
                signedOutUsers.size(),
                signedOut.get());
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        outcome.target(failed == 0, "failed requests: %d (target 0)", failed);
        for (Restart restart : restarts) {
            outcome.target(
                    restart.indexed() <= INDEX_TARGET_SECONDS,
                    "%s's index held every published document %.1f s after its restart (target within %.0f s)",
                    restart.node(),
                    restart.indexed(),
                    INDEX_TARGET_SECONDS);
        }
        outcome.target(
                twice == 0 && notReminded == 0 && reminderMessages > 0,
                "reminder e-mails: %d to %d recipients; recipients reminded more than once: %d; invited focal points"
                        + " not reminded: %d (target: exactly once each)",
                reminderMessages,
                reminded.size(),
                twice,
                notReminded);
        for (String operation : List.of("save draft", "search")) {
            double p99 = figures.percentileMillis(operation, 99);
            outcome.target(
                    p99 < 1000,
                    "99th percentile of %s through the balancer: %.1f ms (target under 1000 ms)",
                    operation,
                    p99);
        }
    }

    // --- The drill ---------------------------------------------------------------------------------------------------

    /**
     * SIGKILL to the node; documents published through the balancer while it is down; then restarted, watched on its
     * own port until its index holds every published document.
     */
    private Restart killAndRestart(Outcome outcome, String node, int outage) throws Exception {
        long sessions = focalPoints.stream()
                .filter(f -> f.route != null && f.route.equals(node))
                .count();
        long killed = System.nanoTime();
        this.outage = true;
        cluster(true, "kill", node);
        outcome.figure("outage %d: SIGKILL to %s, which held %d focal points' sessions", outage, node, sessions);
        List<String> markers = new ArrayList<>();
        for (int d = 1; d <= DOCUMENTS_PER_OUTAGE; d++) {
            String marker = "failover" + outage + "x" + d + "x" + Long.toString(System.nanoTime(), 36);
            Client.Reply created = call(
                    "library create",
                    null,
                    () -> secretariat.post(
                            "/api/v1/library/documents", Setup.document(marker, "Texto de la ley " + marker)));
            if (!created.ok()) {
                continue;
            }
            long id = created.object().getJsonNumber("id").longValue();
            Client.Reply published = call(
                    "library publish",
                    null,
                    () -> secretariat.post("/api/v1/library/documents/" + id + "/publish", ""));
            if (published.ok()) {
                markers.add(marker);
            }
        }
        long expected = publishedInDatabase();
        Process restart = clusterProcess("restart", node);
        Client direct = Client.anonymous("http://127.0.0.1:" + port(node));
        long firstAnswer = 0;
        long complete = 0;
        long nodeCount = -1;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            Client.Reply all = direct.get("/api/v1/library/search?q=&size=1");
            if (all.ok()) {
                if (firstAnswer == 0) {
                    firstAnswer = System.nanoTime();
                }
                nodeCount = all.object().getJsonNumber("total").longValue();
                if (nodeCount == expected && markers.stream().allMatch(m -> found(direct, m))) {
                    complete = System.nanoTime();
                    break;
                }
            } else if (firstAnswer == 0 && !restart.isAlive() && restart.exitValue() != 0) {
                break;
            }
            Thread.sleep(firstAnswer == 0 ? 500 : 100);
        }
        this.outage = false;
        if (!restart.waitFor(10, TimeUnit.MINUTES) || restart.exitValue() != 0) {
            throw new IllegalStateException(
                    "cluster.sh restart " + node + " failed; see " + work.resolve("cluster.log"));
        }
        if (firstAnswer == 0) {
            throw new IllegalStateException(node + " did not answer searches after its restart");
        }
        double down = (firstAnswer - killed) / 1e9;
        double indexed = complete == 0 ? Double.POSITIVE_INFINITY : (complete - firstAnswer) / 1e9;
        String compared = "then: " + counts() + ", database " + publishedInDatabase();
        outcome.figure(
                "outage %d: %s answered %.1f s after the kill; its index held all %d published documents (%d"
                        + " published while it was down) %.1f s later; %s",
                outage, node, down, expected, markers.size(), indexed, compared);
        return new Restart(node, down, indexed, nodeCount, expected, compared);
    }

    private static boolean found(Client direct, String marker) {
        Client.Reply found = direct.get("/api/v1/library/search?cross=false&q=" + marker);
        return found.ok() && found.object().getJsonNumber("total").longValue() >= 1;
    }

    /** What anonymous search counts on each node and through the balancer. */
    private static String counts() {
        StringBuilder counts = new StringBuilder();
        for (String where : List.of("node1", "node2", "balancer")) {
            Client client = Client.anonymous(where.equals("balancer") ? BALANCER : "http://127.0.0.1:" + port(where));
            Client.Reply all = client.get("/api/v1/library/search?q=&size=1");
            counts.append(counts.isEmpty() ? "" : ", ")
                    .append(where)
                    .append(' ')
                    .append(all.ok() ? String.valueOf(all.object().getJsonNumber("total")) : "no answer");
        }
        return counts.toString();
    }

    private static int port(String node) {
        return 8080 + Integer.parseInt(node.substring("node".length())) * 100;
    }

    // --- Users -------------------------------------------------------------------------------------------------------

    /** A focal point's work: sign in, then save the draft a few times and submit, again and again. */
    private Void report(FocalPoint focalPoint, long cycle, boolean late, Random random) throws InterruptedException {
        if (late) {
            lateArrivals.await();
        }
        Thread.sleep(random.nextInt(10_000));
        if (!running.get() || !signIn(focalPoint)) {
            return null;
        }
        JsonObject current = null;
        while (running.get() && current == null) {
            Client.Reply mine = call(
                    "start the return",
                    focalPoint,
                    () -> focalPoint.client.post("/api/v1/cycles/" + cycle + "/returns/mine", ""));
            if (mine.ok()) {
                current = mine.object();
            } else {
                Thread.sleep(1000);
            }
        }
        if (current == null) {
            return null;
        }
        focalPoint.returnId = current.getJsonNumber("id").longValue();
        int round = 0;
        while (running.get()) {
            if (!current.getBoolean("editable")) {
                // Submitted, but not sent back yet (the answer to the submission or to the send-back was lost).
                pause(random);
                current = read(focalPoint, current);
                if (!current.getBoolean("editable") && "SUBMITTED".equals(current.getString("status"))) {
                    sendBack(focalPoint);
                    current = read(focalPoint, current);
                }
                continue;
            }
            round++;
            for (int save = 1; save <= SAVES_PER_SUBMISSION && running.get(); save++) {
                pause(random);
                String narrative = "Round " + round + ", draft " + save + " by " + focalPoint.user + " ("
                        + Long.toString(System.nanoTime(), 36) + "): the national authority reports the measures"
                        + " taken under the Convention, with the laws adopted and the cases prosecuted.";
                boolean onlyAcknowledged = focalPoint.unanswered.isEmpty();
                focalPoint.unanswered.add(narrative);
                JsonObject before = current;
                Client.Reply saved = call(
                        "save draft",
                        focalPoint,
                        () -> focalPoint.client.put(
                                "/api/v1/returns/" + focalPoint.returnId,
                                Setup.draft(
                                        before.getInt("version"),
                                        before,
                                        "PARTIALLY_IMPLEMENTED",
                                        narrative,
                                        "Experience shared.")));
                if (saved.ok()) {
                    focalPoint.acknowledged = narrative;
                    focalPoint.unanswered.clear();
                    acknowledgedSaves.incrementAndGet();
                    current = saved.object();
                } else {
                    if (saved.status() == 409 && onlyAcknowledged) {
                        // Every change since the version read was acknowledged: the server lost one.
                        conflictsAfterAcknowledged.incrementAndGet();
                    }
                    current = read(focalPoint, current);
                }
            }
            if (!running.get()) {
                break;
            }
            pause(random);
            Client.Reply submitted = call(
                    "submit",
                    focalPoint,
                    () -> focalPoint.client.post(
                            "/api/v1/returns/" + focalPoint.returnId + "/submit", Setup.submission()));
            if (submitted.ok()) {
                JsonObject view = submitted.object();
                var versions = view.getJsonArray("versions");
                submissions.add(new Submission(
                        focalPoint.user,
                        focalPoint.returnId,
                        versions.getJsonObject(versions.size() - 1).getInt("number"),
                        narrative(view)));
                sendBack(focalPoint);
            }
            current = read(focalPoint, current);
        }
        return null;
    }

    /** Signs in through the form until it works; false when the run ended first. */
    private boolean signIn(FocalPoint focalPoint) throws InterruptedException {
        while (running.get()) {
            signingIn.incrementAndGet();
            Client.Reply reply;
            try {
                reply = focalPoint.client.signIn(PASSWORD);
            } finally {
                signingIn.decrementAndGet();
            }
            figures.record("sign in", reply.nanos());
            if (Client.signedIn(reply)) {
                focalPoint.signedIn = true;
                focalPoint.route = route(focalPoint.client.session());
                return true;
            }
            failed("sign in", reply);
            Thread.sleep(1000);
        }
        return false;
    }

    /** The return as the server has it now (GET, retried), or {@code fallback} when it does not answer. */
    private JsonObject read(FocalPoint focalPoint, JsonObject fallback) {
        Client.Reply reply =
                call("read return", focalPoint, () -> focalPoint.client.get("/api/v1/returns/" + focalPoint.returnId));
        return reply.ok() ? reply.object() : fallback;
    }

    /** The secretariat's review: a comment on the first answer, then the return goes back to the State. */
    private void sendBack(FocalPoint focalPoint) {
        Client.Reply commented = call(
                "send back",
                null,
                () -> secretariat.post(
                        "/api/v1/returns/" + focalPoint.returnId + "/comments",
                        "{\"questionPosition\":1,\"body\":\"Which article of the law applies?\"}"));
        if (commented.ok()) {
            call(
                    "send back",
                    null,
                    () -> secretariat.post("/api/v1/returns/" + focalPoint.returnId + "/request-clarification", ""));
        }
    }

    private Void research(Random random) throws InterruptedException {
        Client client = Client.anonymous(BALANCER);
        while (running.get()) {
            String query = Setup.RESEARCHER_QUERIES[random.nextInt(Setup.RESEARCHER_QUERIES.length)];
            String facets = random.nextBoolean() ? "" : "&type=LEGISLATION";
            call(
                    "search",
                    null,
                    () -> client.get(
                            "/api/v1/library/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + facets));
            Thread.sleep(1_000 + random.nextInt(2_000));
        }
        return null;
    }

    private void pause(Random random) throws InterruptedException {
        Thread.sleep(THINK_MILLIS / 2 + random.nextInt(THINK_MILLIS));
    }

    /**
     * One request through the balancer, timed. A GET that finds no server or a 5xx is tried once more, as a browser
     * does on a dropped connection; the time recorded is the user's wait for both. A session's request answered with
     * 401 or the sign-in page means its user has to sign in again: counted, and signed in again to go on.
     */
    private Client.Reply call(String operation, FocalPoint focalPoint, Supplier<Client.Reply> request) {
        boolean idempotent = operation.equals("search") || operation.equals("read return");
        Client.Reply reply = request.get();
        long nanos = reply.nanos();
        if (idempotent && (reply.failure() != null || reply.status() >= 500)) {
            Client.Reply first = reply;
            reply = request.get();
            nanos += reply.nanos();
            if (reply.ok()) {
                retried.computeIfAbsent(operation + " / " + kind(first), k -> new AtomicLong())
                        .incrementAndGet();
            }
        }
        figures.record(operation, nanos);
        if (operation.equals("save draft") || operation.equals("search")) {
            // Which phase the request fell into: a node down or restarting, focal points signing in (each sign-in
            // costs 600,000 PBKDF2 rounds), or neither.
            figures.record(
                    operation + (outage ? " (outage)" : signingIn.get() > 0 ? " (sign-ins)" : " (steady)"), nanos);
        }
        if (!reply.ok()) {
            failed(operation, reply);
        }
        if (focalPoint != null) {
            String route = route(focalPoint.client.session());
            if (route != null && focalPoint.route != null && !route.equals(focalPoint.route)) {
                focalPoint.moves++;
            }
            focalPoint.route = route;
            if (reply.signedOut() && focalPoint.signedIn) {
                signedOut.incrementAndGet();
                signedOutUsers.add(focalPoint.user);
                try {
                    signIn(focalPoint);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } else if (reply.signedOut() && (operation.equals("send back") || operation.startsWith("library"))) {
            signedOut.incrementAndGet();
            signedOutUsers.add(Setup.SECRETARIAT);
            synchronized (this) {
                secretariat.signIn(Setup.PASSWORD);
            }
        }
        return reply;
    }

    private void failed(String operation, Client.Reply reply) {
        figures.error(operation);
        failures.computeIfAbsent(operation + " / " + kind(reply), k -> new AtomicLong())
                .incrementAndGet();
        if (printed.incrementAndGet() <= 20) {
            System.out.printf(
                    Locale.ROOT,
                    "[failover] %s %s failed: %s%n",
                    LocalTime.now().withNano(0),
                    operation,
                    reply);
        }
    }

    private static String kind(Client.Reply reply) {
        if (reply.failure() != null) {
            return "no answer";
        }
        if (reply.signedOut()) {
            return reply.status() == 401 ? "401 signed out" : "sent to the sign-in page";
        }
        return "HTTP " + reply.status();
    }

    private static String route(String session) {
        return session == null || session.indexOf('.') < 0 ? null : session.substring(session.lastIndexOf('.') + 1);
    }

    /** The narrative of question 1 in a return. */
    private static String narrative(JsonObject aReturn) {
        return aReturn.getJsonArray("sections").stream()
                .flatMap(s -> s.asJsonObject().getJsonArray("answers").stream())
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getInt("position") == 1)
                .map(a -> a.isNull("narrative") ? null : a.getString("narrative"))
                .findFirst()
                .orElse(null);
    }

    // --- Mail and database -------------------------------------------------------------------------------------------

    /** E-mails about the cycle titled {@code title} sent from {@code from} on (the reminders), per recipient. */
    private static Map<String, Long> reminders(GreenMail mail, String title, Date from) {
        Map<String, Long> byRecipient = new TreeMap<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            try {
                String subject = message.getSubject();
                Date sent = message.getSentDate();
                if (subject != null && subject.contains(title) && (sent == null || !sent.before(from))) {
                    byRecipient.merge(Setup.recipient(message), 1L, Long::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException("An e-mail in the test mailbox cannot be read", e);
            }
        }
        return byRecipient;
    }

    private Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(
                System.getProperty("verify.pg.url", "jdbc:postgresql://127.0.0.1:5432/") + database,
                System.getProperty("verify.pg.user", "postgres"),
                System.getProperty("verify.pg.password", "postgres"));
    }

    private long publishedInDatabase() {
        try (Connection connection = connect();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT count(*) FROM library_document WHERE published");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot count the published documents in " + database, e);
        }
    }

    /** The claims of the daily reminder run in scheduled_run: which node, when. */
    private String dailyRuns() {
        List<String> runs = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT run_on, node, started_at FROM scheduled_run WHERE job = 'daily-reminders'"
                                + " ORDER BY run_on");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                runs.add(result.getString(1) + " by " + result.getString(2) + " at " + result.getString(3));
            }
        } catch (java.sql.SQLException e) {
            return "scheduled_run unreadable (" + e.getMessage() + ")";
        }
        return runs.isEmpty() ? "no claim in scheduled_run" : String.join("; ", runs);
    }

    // --- cluster.sh --------------------------------------------------------------------------------------------------

    /** Runs cluster.sh with the scenario's environment; its output goes to cluster.log (and here when {@code echo}). */
    private String cluster(boolean echo, String... args) throws IOException, InterruptedException {
        Process process = clusterProcess(args);
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (echo) {
                    System.out.println("[failover] " + LocalTime.now().withNano(0) + " " + line);
                }
            }
        }
        int status = process.waitFor();
        log("$ cluster.sh " + String.join(" ", args) + " (exit " + status + ")\n" + output);
        if (status != 0 && !args[0].equals("status")) {
            throw new IllegalStateException(
                    "cluster.sh " + String.join(" ", args) + " failed (exit " + status + "):\n" + output);
        }
        return output.toString();
    }

    /** Starts cluster.sh in the background, its output appended to cluster.log. */
    private Process clusterProcess(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(script.getParent().toFile());
        builder.redirectErrorStream(true);
        if (environment != null) {
            builder.environment().putAll(environment);
        }
        if (!args[0].equals("status") && !args[0].equals("start") && !args[0].equals("stop")) {
            builder.redirectOutput(
                    ProcessBuilder.Redirect.appendTo(work.resolve("cluster.log").toFile()));
        }
        return builder.start();
    }

    private void log(String text) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                work.resolve("cluster.log"),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND))) {
            out.println(text);
        }
    }

    /**
     * data/cluster's node and shared directories belong to the database they were made with: the ones there are moved
     * aside for the run and put back afterwards; the run's own go to the scenario's work directory (their logs).
     */
    private static final class ClusterData {
        private final Path cluster;
        private final Path aside;
        private final Path keep;
        private final List<String> moved = new ArrayList<>();

        ClusterData(Path data, Path keep) {
            this.cluster = data.resolve("cluster");
            this.aside = data.resolve("cluster.before-failover");
            this.keep = keep;
        }

        void setAside() throws IOException {
            if (Files.exists(aside)) {
                throw new IllegalStateException(aside + " is left from an interrupted failover run: move its"
                        + " directories back into " + cluster + " (or delete it) first.");
            }
            if (!Files.isDirectory(cluster)) {
                return;
            }
            try (var entries = Files.list(cluster)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (name.matches("node[1-9]") || name.equals("shared")) {
                        Files.createDirectories(aside);
                        Files.move(entry, aside.resolve(name));
                        moved.add(name);
                    }
                }
            }
            if (!moved.isEmpty()) {
                System.out.println("[failover] " + moved + " of " + cluster + " set aside in " + aside
                        + " for the run; they come back at the end");
            }
        }

        void restore() throws IOException {
            Server.deleteTree(keep);
            Files.createDirectories(keep);
            if (Files.isDirectory(cluster)) {
                try (var entries = Files.list(cluster)) {
                    for (Path entry : entries.toList()) {
                        String name = entry.getFileName().toString();
                        if (name.matches("node[1-9]") || name.equals("shared")) {
                            Files.move(entry, keep.resolve(name));
                        }
                    }
                }
            }
            for (String name : moved) {
                Files.move(aside.resolve(name), cluster.resolve(name));
            }
            if (Files.isDirectory(aside)) {
                Files.delete(aside);
            }
            System.out.println("[failover] the run's node directories (logs) are in " + keep);
        }
    }
}
