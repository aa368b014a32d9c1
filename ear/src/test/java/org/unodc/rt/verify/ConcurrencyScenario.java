package org.unodc.rt.verify;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The same return edited from several sessions at once. Each session reads the return, changes an answer and saves
 * with the version it read; all sessions save at the same moment. A save is acknowledged (200) or refused as a
 * conflict (409) that carries both versions. A lost update is an acknowledged save that another acknowledged save,
 * made from the same version, silently replaced; the target is none, and every refusal must be a clear conflict.
 */
final class ConcurrencyScenario implements Scenario {

    private static final int SESSIONS = 8;
    private static final int ROUNDS = 25;

    private record Save(int session, int round, int readVersion, int savedVersion, String narrative) {}

    @Override
    public String name() {
        return "concurrency";
    }

    @Override
    public Outcome run(Server server) throws Exception {
        Outcome outcome = new Outcome(name());
        Client secretariat = new Client(server.base(), Setup.SECRETARIAT, Setup.PASSWORD);
        long cycle = Setup.openCycle(secretariat, "Concurrency verification " + System.currentTimeMillis());
        List<Client> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new Client(server.base(), "fp.peru", Setup.PASSWORD));
        }
        JsonObject first = Setup.myReturn(sessions.get(0), cycle);
        long returnId = first.getJsonNumber("id").longValue();

        List<Save> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> unclear = Collections.synchronizedList(new ArrayList<>());
        int[] conflicts = new int[1];
        CyclicBarrier together = new CyclicBarrier(SESSIONS);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        List<Future<?>> running = new ArrayList<>();
        long began = System.nanoTime();
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            Client client = sessions.get(s);
            running.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    Client.Reply read = client.get("/api/v1/returns/" + returnId);
                    if (!read.ok()) {
                        unclear.add("read failed: " + read);
                        together.await();
                        continue;
                    }
                    JsonObject current = read.object();
                    int version = current.getInt("version");
                    String narrative = "Session " + session + ", round " + round + ": measures reported.";
                    together.await();
                    Client.Reply saved = client.put(
                            "/api/v1/returns/" + returnId,
                            Setup.draft(version, current, "IN_PROGRESS", narrative, null));
                    if (saved.ok()) {
                        acknowledged.add(
                                new Save(session, round, version, saved.object().getInt("version"), narrative));
                    } else if (saved.status() == 409 && clearConflict(saved, narrative)) {
                        synchronized (conflicts) {
                            conflicts[0]++;
                        }
                    } else {
                        unclear.add(saved.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;

        // Two acknowledged saves made from the same version: the later one replaced the earlier unseen.
        Map<Integer, Integer> savesPerReadVersion = new HashMap<>();
        acknowledged.forEach(save -> savesPerReadVersion.merge(save.readVersion(), 1, Integer::sum));
        long lost = savesPerReadVersion.values().stream().mapToLong(n -> n - 1L).sum();
        Save last = acknowledged.stream()
                .max((a, b) -> Integer.compare(a.savedVersion(), b.savedVersion()))
                .orElseThrow();
        JsonObject finalState = Setup.expect(sessions.get(0).get("/api/v1/returns/" + returnId), "read the return")
                .object();
        String finalNarrative = finalState.getJsonArray("sections").stream()
                .flatMap(sec -> sec.asJsonObject().getJsonArray("answers").stream())
                .map(a -> a.asJsonObject())
                .filter(a -> a.getInt("position") == 1)
                .findFirst()
                .map(a -> a.getString("narrative", ""))
                .orElse("");
        boolean versionsChain = acknowledged.stream().allMatch(s -> s.savedVersion() > s.readVersion());

        outcome.figure(
                "%d sessions x %d rounds on return %d as fp.peru, all saving at once: %.1f s",
                SESSIONS, ROUNDS, returnId, seconds);
        outcome.figure(
                "saves: %d acknowledged, %d refused as conflicts, %d other answers",
                acknowledged.size(), conflicts[0], unclear.size());
        unclear.stream().limit(5).forEach(u -> outcome.figure("  other answer: %s", u));
        outcome.target(lost == 0, "lost updates: %d (target 0)", lost);
        outcome.target(
                unclear.isEmpty(),
                "refusals that were not a clear conflict with both versions: %d (target 0)",
                unclear.size());
        outcome.target(
                finalNarrative.equals(last.narrative()) && versionsChain,
                "the return holds the last acknowledged save (version %d: \"%s\")",
                last.savedVersion(),
                finalNarrative);
        outcome.target(conflicts[0] > 0, "conflicts happened and were reported: %d (target > 0)", conflicts[0]);
        return outcome;
    }

    /** A 409 that says what happened and carries the caller's answers and the version saved meanwhile. */
    private static boolean clearConflict(Client.Reply reply, String narrative) {
        JsonObject body = reply.object();
        return !body.getString("message", "").isBlank()
                && body.containsKey("theirs")
                && body.get("theirs") instanceof JsonObject theirs
                && theirs.containsKey("version")
                && body.getJsonArray("yours").toString().contains(narrative);
    }
}
