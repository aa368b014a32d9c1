package org.unodc.rt.verify;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last hour before a deadline, compressed into three minutes: a focal point for each of the 193 Member States
 * signs in, reads its return, saves drafts six times and submits, while 50 researchers search the library, each
 * every one to three seconds. The
 * focal points are invited by the secretariat and set their passwords from the invitation e-mail, as real ones do.
 * Prints throughput, median and 99th percentile per operation and the error count; targets: no errors, and the 99th
 * percentile of saves and searches under one second.
 */
final class LoadScenario implements Scenario {

    static final String FOCAL_POINT_PASSWORD = "load-test-password-2026";
    private static final int RESEARCHERS = 50;
    private static final int SAVES = Integer.getInteger("verify.load.saves", 6);
    /**
     * The last hour compressed into this many seconds (three minutes by default): twenty times the real rate of
     * 193 focal points each signing in once and saving six times before submitting.
     */
    private static final int WINDOW_SECONDS = Integer.getInteger("verify.load.window", 180);
    /** Mean pause between two saves of one focal point, so that six saves span the second half of the window. */
    private static final int THINK_MILLIS = WINDOW_SECONDS * 1000 / 2 / (SAVES + 1);

    private GreenMail mail;

    void useMail(GreenMail mail) {
        this.mail = mail;
    }

    @Override
    public String name() {
        return "load";
    }

    @Override
    public Outcome run(Server server) throws Exception {
        Outcome outcome = new Outcome(name());
        String base = server.base();
        Client secretariat = new Client(base, Setup.SECRETARIAT, Setup.PASSWORD);

        long setupBegan = System.nanoTime();
        List<String> states = new ArrayList<>();
        for (JsonValue state : Setup.expect(secretariat.get("/api/v1/member-states"), "list the Member States")
                .array()) {
            states.add(state.asJsonObject().getString("iso3"));
        }
        List<String> users = Setup.inviteFocalPoints(secretariat, mail, "load.", states, FOCAL_POINT_PASSWORD);
        outcome.figure("%d invitation e-mails received and used", users.size());
        long cycle = Setup.openCycle(secretariat, "Load verification " + System.currentTimeMillis());
        outcome.figure(
                "set-up: %d focal points invited and activated by e-mail, cycle %d opened, in %.1f s",
                users.size(), cycle, (System.nanoTime() - setupBegan) / 1e9);

        Figures figures = new Figures();
        AtomicBoolean reporting = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(users.size() + RESEARCHERS);
        List<Future<?>> focalPoints = new ArrayList<>();
        List<Future<?>> researchers = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            long seed = i;
            focalPoints.add(pool.submit(() -> reportAndSubmit(base, user, cycle, new Random(seed), figures)));
        }
        for (int r = 0; r < RESEARCHERS; r++) {
            long seed = 1000 + r;
            researchers.add(pool.submit(() -> research(base, new Random(seed), reporting, figures)));
        }
        for (Future<?> future : focalPoints) {
            future.get(30, TimeUnit.MINUTES);
        }
        reporting.set(false);
        for (Future<?> future : researchers) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;

        JsonObject completeness = Setup.expect(
                        secretariat.get("/api/v1/cycles/" + cycle + "/completeness"), "read the completeness")
                .object();
        outcome.figure(
                "%d focal points and %d researchers for %.1f s on %d cores",
                users.size(), RESEARCHERS, seconds, Runtime.getRuntime().availableProcessors());
        figures.table(seconds).forEach(line -> outcome.figure("%s", line));
        outcome.figure("completeness after the run: %s", completeness.get("total"));
        long submitted = figures.count("submit");
        outcome.target(figures.errors() == 0, "errors: %d (target 0)", figures.errors());
        outcome.target(submitted == users.size(), "returns submitted: %d of %d (target all)", submitted, users.size());
        for (String operation : List.of("save draft", "search")) {
            double p99 = figures.percentileMillis(operation, 99);
            outcome.target(p99 < 1000, "99th percentile of %s: %.1f ms (target under 1000 ms)", operation, p99);
        }
        return outcome;
    }

    /** A focal point's last hour: sign in, read, save the draft several times, submit. */
    private static Void reportAndSubmit(String base, String user, long cycle, Random random, Figures figures)
            throws InterruptedException {
        Client client = new Client(base, user, FOCAL_POINT_PASSWORD);
        // Focal points arrive over the first half of the window, not all in the same second.
        Thread.sleep(random.nextInt(WINDOW_SECONDS * 500));
        Client.Reply mine =
                timed(figures, "sign in and read", client.post("/api/v1/cycles/" + cycle + "/returns/mine", ""));
        if (!mine.ok()) {
            return null;
        }
        JsonObject current = mine.object();
        long id = current.getJsonNumber("id").longValue();
        int version = current.getInt("version");
        for (int save = 1; save <= SAVES; save++) {
            Thread.sleep(THINK_MILLIS / 2 + random.nextInt(THINK_MILLIS));
            String narrative = "Draft " + save + " by " + user + ": the national authority reports the measures "
                    + "taken under the Convention, with the laws adopted and the cases prosecuted.";
            Client.Reply saved = timed(
                    figures,
                    "save draft",
                    client.put(
                            "/api/v1/returns/" + id,
                            Setup.draft(version, current, "PARTIALLY_IMPLEMENTED", narrative, "Experience shared.")));
            if (!saved.ok()) {
                return null;
            }
            version = saved.object().getInt("version");
            if (save % 3 == 0) {
                timed(figures, "read return", client.get("/api/v1/returns/" + id));
            }
        }
        timed(figures, "submit", client.post("/api/v1/returns/" + id + "/submit", Setup.submission()));
        return null;
    }

    private static Void research(String base, Random random, AtomicBoolean reporting, Figures figures)
            throws InterruptedException {
        Client client = Client.anonymous(base);
        while (reporting.get()) {
            String query = Setup.RESEARCHER_QUERIES[random.nextInt(Setup.RESEARCHER_QUERIES.length)];
            String facets = random.nextBoolean() ? "" : "&type=LEGISLATION";
            timed(
                    figures,
                    "search",
                    client.get(
                            "/api/v1/library/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + facets));
            Thread.sleep(1_000 + random.nextInt(2_000));
        }
        return null;
    }

    private static Client.Reply timed(Figures figures, String operation, Client.Reply reply) {
        figures.record(operation, reply.nanos());
        if (!reply.ok()) {
            figures.error(operation);
            if (figures.errors() <= 5) {
                System.out.println("[load] " + operation + " failed: " + reply);
            }
        }
        return reply;
    }
}
