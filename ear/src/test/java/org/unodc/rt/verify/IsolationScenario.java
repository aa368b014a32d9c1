package org.unodc.rt.verify;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every API endpoint and page that takes an id, tried with records the caller must not reach: a focal point of Peru
 * with France's draft and South Africa's submitted return, and an anonymous visitor with returns and an unpublished
 * library document. An attempt succeeds when the server answers 2xx (for a page: 200 showing the private content).
 * The target is no success, and every attempt recorded as refused in the audit trail.
 */
final class IsolationScenario implements Scenario {

    /** One try: who, what, how, and the private text that must not appear (null: any 2xx is a success). */
    private record Attempt(Client as, String label, Function<Client, Client.Reply> call, String secret) {}

    @Override
    public String name() {
        return "isolation";
    }

    @Override
    public Outcome run(Server server) throws Exception {
        Outcome outcome = new Outcome(name());
        String base = server.base();
        Client secretariat = new Client(base, Setup.SECRETARIAT, Setup.PASSWORD);
        Client peru = new Client(base, "fp.peru", Setup.PASSWORD);
        Client france = new Client(base, "fp.france", Setup.PASSWORD);
        Client southAfrica = new Client(base, "fp.southafrica", Setup.PASSWORD);
        Client anonymous = Client.anonymous(base);

        String nonce = Long.toString(System.nanoTime(), 36);
        String cycleTitle = "Isolation verification " + nonce;
        long cycle = Setup.openCycle(secretariat, cycleTitle);
        String frenchSecret = "Projet confidentiel de la France " + nonce;
        JsonObject fra = Setup.myReturn(france, cycle);
        long fraId = fra.getJsonNumber("id").longValue();
        Setup.expect(
                france.put(
                        "/api/v1/returns/" + fraId,
                        Setup.draft(fra.getInt("version"), fra, "IN_PROGRESS", frenchSecret, null)),
                "save France's draft");
        JsonObject zaf = Setup.myReturn(southAfrica, cycle);
        long zafId = zaf.getJsonNumber("id").longValue();
        JsonObject zafSaved = Setup.expect(
                        southAfrica.put(
                                "/api/v1/returns/" + zafId,
                                Setup.draft(
                                        zaf.getInt("version"),
                                        zaf,
                                        "IMPLEMENTED",
                                        "South Africa reports its Prevention of Organised Crime Act " + nonce,
                                        null)),
                        "save South Africa's draft")
                .object();
        Setup.expect(
                southAfrica.post("/api/v1/returns/" + zafId + "/submit", Setup.submission()),
                "submit South Africa's return");
        String unpublishedTitle = "Anteproyecto reservado " + nonce;
        long unpublished = Setup.expect(
                        secretariat.post("/api/v1/library/documents", Setup.document(nonce, unpublishedTitle)),
                        "create an unpublished library document")
                .object()
                .getJsonNumber("id")
                .longValue();
        Setup.expect(
                secretariat.putBytes(
                        "/api/v1/library/documents/" + unpublished + "/original?name=anteproyecto.txt",
                        ("Texto reservado " + unpublishedTitle).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "upload the unpublished document's original");
        String draftBody = Setup.draft(zafSaved.getInt("version"), fra, "IMPLEMENTED", "Overwritten by Peru", null);
        String comment = "{\"questionPosition\":1,\"body\":\"Peru comments on France\"}";

        List<Attempt> attempts = new ArrayList<>();
        // A focal point of Peru with other States' returns, through the API …
        attempts.add(new Attempt(peru, "API read France's draft", c -> c.get("/api/v1/returns/" + fraId), null));
        attempts.add(new Attempt(
                peru, "API save over France's draft", c -> c.put("/api/v1/returns/" + fraId, draftBody), null));
        attempts.add(new Attempt(
                peru,
                "API submit France's return",
                c -> c.post("/api/v1/returns/" + fraId + "/submit", Setup.submission()),
                null));
        attempts.add(new Attempt(
                peru,
                "API carry over into France's return",
                c -> c.post("/api/v1/returns/" + fraId + "/carry-over", ""),
                null));
        attempts.add(new Attempt(
                peru,
                "API comment on France's return",
                c -> c.post("/api/v1/returns/" + fraId + "/comments", comment),
                null));
        attempts.add(new Attempt(
                peru,
                "API request clarification of South Africa's return",
                c -> c.post("/api/v1/returns/" + zafId + "/request-clarification", ""),
                null));
        attempts.add(new Attempt(
                peru,
                "API accept South Africa's return",
                c -> c.post("/api/v1/returns/" + zafId + "/accept", ""),
                null));
        attempts.add(new Attempt(
                peru, "API history of France's return", c -> c.get("/api/v1/returns/" + fraId + "/history"), null));
        attempts.add(new Attempt(
                peru,
                "API compare South Africa's versions",
                c -> c.get("/api/v1/returns/" + zafId + "/compare?from=1&to=1"),
                null));
        attempts.add(
                new Attempt(peru, "API PDF of France's return", c -> c.get("/api/v1/reports/returns/" + fraId), null));
        attempts.add(
                new Attempt(peru, "API review queue of the cycle", c -> c.get("/api/v1/returns?cycle=" + cycle), null));
        attempts.add(new Attempt(
                peru, "API status matrix of the cycle", c -> c.get("/api/v1/cycles/" + cycle + "/matrix"), null));
        attempts.add(new Attempt(peru, "API audit trail", c -> c.get("/api/v1/audit"), null));
        attempts.add(new Attempt(
                peru,
                "API unpublished library document",
                c -> c.get("/api/v1/library/documents/" + unpublished),
                null));
        attempts.add(new Attempt(
                peru,
                "API original of an unpublished document",
                c -> c.get("/api/v1/library/documents/" + unpublished + "/original"),
                null));
        // … and through the pages.
        attempts.add(new Attempt(
                peru,
                "page review of France's return",
                c -> c.page("/secretariat/return.xhtml?id=" + fraId),
                frenchSecret));
        attempts.add(new Attempt(
                peru, "page set-up of the cycle", c -> c.page("/secretariat/cycle.xhtml?id=" + cycle), cycleTitle));
        attempts.add(new Attempt(
                peru,
                "page unpublished library document",
                c -> c.page("/document.xhtml?id=" + unpublished),
                unpublishedTitle));
        // An anonymous visitor with private records.
        attempts.add(new Attempt(anonymous, "API read a return", c -> c.get("/api/v1/returns/" + fraId), null));
        attempts.add(new Attempt(
                anonymous, "API a cycle's return", c -> c.get("/api/v1/cycles/" + cycle + "/returns/mine"), null));
        attempts.add(
                new Attempt(anonymous, "API PDF of a return", c -> c.get("/api/v1/reports/returns/" + fraId), null));
        attempts.add(
                new Attempt(anonymous, "API status matrix", c -> c.get("/api/v1/cycles/" + cycle + "/matrix"), null));
        attempts.add(new Attempt(anonymous, "API audit trail", c -> c.get("/api/v1/audit"), null));
        attempts.add(new Attempt(
                anonymous,
                "API unpublished library document",
                c -> c.get("/api/v1/library/documents/" + unpublished),
                null));
        attempts.add(new Attempt(
                anonymous,
                "API original of an unpublished document",
                c -> c.get("/api/v1/library/documents/" + unpublished + "/original"),
                null));
        attempts.add(new Attempt(
                anonymous,
                "page unpublished library document",
                c -> c.page("/document.xhtml?id=" + unpublished),
                unpublishedTitle));
        attempts.add(new Attempt(
                anonymous, "page return editor", c -> c.page("/focal/return.xhtml?cycle=" + cycle), frenchSecret));
        attempts.add(new Attempt(
                anonymous,
                "page review of a return",
                c -> c.page("/secretariat/return.xhtml?id=" + fraId),
                frenchSecret));

        String since = Instant.now().minusSeconds(1).toString();
        int successes = 0;
        int unaudited = 0;
        for (Attempt attempt : attempts) {
            int before = denials(secretariat, attempt.as().user(), since);
            Client.Reply reply = attempt.call().apply(attempt.as());
            boolean leaked = reply.failure() == null
                    && reply.status() >= 200
                    && reply.status() < 300
                    && (attempt.secret() == null || reply.body().contains(attempt.secret()));
            int after = denials(secretariat, attempt.as().user(), since);
            boolean audited = after > before;
            successes += leaked ? 1 : 0;
            unaudited += audited ? 0 : 1;
            outcome.figure(
                    "%-10s %-52s -> %3d %s%s",
                    attempt.as().user(),
                    attempt.label(),
                    reply.status(),
                    leaked ? "SUCCEEDED" : "refused",
                    audited ? ", in the audit trail" : ", NOT in the audit trail");
        }
        // Searching is open to everybody, but an unpublished document must not be found.
        long found = Setup.expect(
                        anonymous.get("/api/v1/library/search?q=" + nonce + "&crossLanguage=false"),
                        "search the library")
                .object()
                .getJsonNumber("total")
                .longValue();
        outcome.figure("anonymous  search for the unpublished document's word -> %d found", found);
        JsonObject fraNow = Setup.expect(france.get("/api/v1/returns/" + fraId), "read France's draft")
                .object();
        boolean intact = fraNow.toString().contains(frenchSecret) && "DRAFT".equals(fraNow.getString("status"));

        outcome.target(
                successes == 0 && found == 0,
                "attempts that succeeded: %d of %d, unpublished document found by search: %d (target 0)",
                successes,
                attempts.size(),
                found);
        outcome.target(
                unaudited == 0,
                "attempts missing from the audit trail: %d of %d (target 0)",
                unaudited,
                attempts.size());
        outcome.target(
                intact, "France's draft is unchanged after the attempts (status %s)", fraNow.getString("status"));
        return outcome;
    }

    /** How many refusals the audit trail holds for the actor since the sweep began. */
    private static int denials(Client secretariat, String actor, String since) {
        return Setup.expect(
                        secretariat.get("/api/v1/audit?outcome=DENIED&max=1000&actor=" + actor + "&since=" + since),
                        "read the audit trail")
                .array()
                .size();
    }
}
