package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input a client gets wrong, or sends on purpose to break something: each is refused with 400 or 422 and a sentence
 * saying what is wrong, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Bodies that are not JSON, or not a JSON object. */
    private static final List<String> NOT_JSON = List.of("{", "null", "", "{\"version\": NaN, \"answers\": []}");

    private final Http http = new Http();

    @Test
    void aDraftThatIsNotJsonIsA400ThatSaysSo() {
        long returnId = ownReturn();

        for (String body : NOT_JSON) {
            Http.Reply reply = http.put("/api/v1/returns/" + returnId, "application/json", body, "fp.peru", PASSWORD);

            assertThat(reply.status()).as("PUT %s", body).isEqualTo(400);
            assertThat(message(reply)).as("PUT %s", body).startsWith("The request body is not valid JSON");
        }
    }

    @Test
    void anAnswerStatusTheApiDoesNotKnowIsA422NamingTheFieldAndTheValues() {
        JsonObject draft =
                TestCycles.myReturn(http, TestCycles.openCycle(http, "Bad input " + System.nanoTime()), "fp.peru");
        String body = TestCycles.draft(draft.getInt("version"), draft, 1, "BOGUS", "Ley 30077.");

        Http.Reply reply = http.put(
                "/api/v1/returns/" + draft.getJsonNumber("id").longValue(),
                "application/json",
                body,
                "fp.peru",
                PASSWORD);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(message(reply)).contains("status", "BOGUS", "IMPLEMENTED", "NOT_APPLICABLE");
    }

    @Test
    void anAnonymousPasswordResetThatIsNotJsonIsA400() {
        for (String body : List.of("{", "null", "", "{\"login\": NaN}")) {
            Http.Reply reply = http.post("/api/v1/password-resets", "application/json", body, null, null);

            assertThat(reply.status()).as("POST %s", body).isEqualTo(400);
            assertThat(message(reply)).as("POST %s", body).startsWith("The request body is not valid JSON");
        }
    }

    @Test
    void aRoleInTheWrongCaseIsA422ListingTheRoles() {
        String body = "{\"username\": \"bad.role\", \"displayName\": \"Bad Role\", \"email\": \"bad.role@example.org\","
                + " \"role\": \"admin\"}";

        Http.Reply reply = http.post("/api/v1/users", "application/json", body, SECRETARIAT, PASSWORD);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(message(reply)).contains("role", "\"admin\"", "ADMIN", "SECRETARIAT", "FOCAL_POINT");
    }

    @Test
    void aPageBeyondTheResultsThatCanBePagedThroughIsRefused() {
        Http.Reply reply = http.get("/api/v1/library/search?page=2147483647");

        assertThat(reply.status()).as(reply.body()).isIn(400, 422);
        assertThat(message(reply)).contains("page", "0", "999");
    }

    @Test
    void fourThousandCountriesAreRefused() {
        String countries =
                IntStream.range(0, 4_000).mapToObj(i -> "country=C" + i).collect(Collectors.joining("&"));

        Http.Reply reply = http.get("/api/v1/library/search?" + countries);

        assertThat(reply.status()).as(reply.body()).isIn(400, 422);
        assertThat(message(reply)).contains("at most 50", "country");
    }

    @Test
    void aTenThousandCharacterPrefixIsRefused() {
        Http.Reply reply = http.get("/api/v1/library/suggest?prefix=" + "ab+".repeat(3_333) + "a");

        assertThat(reply.status()).as(reply.body()).isIn(400, 422);
        assertThat(message(reply)).contains("at most 100 characters");
    }

    @Test
    void twoHundredFuzzyTermsAreRefused() {
        String query = IntStream.range(0, 200)
                .mapToObj(i -> Integer.toString(i, 36) + "~")
                .collect(Collectors.joining("+"));

        Http.Reply reply = http.get("/api/v1/library/search?q=" + query);

        assertThat(reply.status()).as(reply.body()).isIn(400, 422);
        assertThat(message(reply)).contains("200", "~");
    }

    private long ownReturn() {
        long cycle = TestCycles.openCycle(http, "Bad input " + System.nanoTime());
        return TestCycles.myReturn(http, cycle, "fp.peru").getJsonNumber("id").longValue();
    }

    private static String message(Http.Reply reply) {
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/json");
        return ((JsonObject) reply.json()).getString("message");
    }
}
