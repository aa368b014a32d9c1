package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.it.TestCycles.PASSWORD;
import static org.unodc.rt.it.TestCycles.SECRETARIAT;
import static org.unodc.rt.it.TestCycles.draft;
import static org.unodc.rt.it.TestCycles.myReturn;
import static org.unodc.rt.it.TestCycles.openCycle;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The pages of cycles and returns render for the roles they are for, and only for them. */
@ExtendWith(ArquillianExtension.class)
class PagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    /** Anyone: the published progress of the open cycles, by regional group, and the newest library documents. */
    @Test
    void theHomePageShowsReportingProgressAndRecentLibraryAdditions() {
        java.net.http.HttpResponse<String> home = http.raw("/index.xhtml?lang=en");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Reporting progress")
                .containsPattern("\\d+ of 193 States have reported")
                .contains("African States")
                .contains("Recent additions to the library")
                .contains("document.xhtml?id=");
        assertThat(home.body())
                .as("only counts: no State's name or status appears in the progress")
                .doesNotContain("Clarification requested");
    }

    /**
     * No demo resolution asks for a report at the 35th session, yet a cycle collects returns for it: the session's page
     * says both, with each covered resolution and the session its reporting requests name.
     */
    @Test
    void aSessionsPageShowsTheCyclesThatCollectReturnsForItBesideTheMandates() {
        java.net.http.HttpResponse<String> session = http.raw("/session.xhtml?ordinal=35&lang=en");

        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body())
                .contains("the reporting cycles below collect returns for it all the same")
                .contains("Reporting cycles for this session")
                .contains("reports for the thirty-fifth session")
                .contains("E/RES/2013/38")
                .containsPattern("its reporting requests name session \\d+|asks the Commission for no report");
    }

    /** A page opened for a resolution, session or State that is not there is the 404 page, not an empty one. */
    @Test
    void pagesForSomethingThatIsNotThereAnswerNotFound() {
        for (String path : List.of(
                "/resolution.xhtml?id=987654321",
                "/resolution.xhtml?id=x",
                "/session.xhtml?ordinal=999",
                "/session.xhtml",
                "/state.xhtml?iso3=ZZZ")) {
            java.net.http.HttpResponse<String> reply = http.raw(path + (path.contains("?") ? "&" : "?") + "lang=en");
            assertThat(reply.statusCode()).as(path).isEqualTo(404);
            assertThat(reply.body()).as(path).contains("This page does not exist");
        }
    }

    @Test
    void aFocalPointSeesItsDashboardAndTheReturnEditorWithEverySection() {
        long cycle = openCycle(http, "Pages focal " + System.nanoTime());
        myReturn(http, cycle, "fp.peru");

        Http.Reply dashboard = http.page("/focal/index.xhtml", "fp.peru", PASSWORD);
        Http.Reply editor = http.page("/focal/return.xhtml?cycle=" + cycle, "fp.peru", PASSWORD);

        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("My State's returns").contains("Pages focal ");
        assertThat(dashboard.body())
                .as("the demo return of Peru was submitted; times show in the focal point's zone")
                .contains("Clarification requested")
                .contains("(America/Lima)");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body())
                .contains("General questions")
                .contains("Which measures has your State adopted against organized crime?")
                .contains("0 of 2 questions answered")
                .contains("Save draft")
                .contains("I declare that this return has been cleared by the competent national authority.");
    }

    @Test
    void aSubmittedReturnIsShownReadOnlyToTheState() {
        long cycle = openCycle(http, "Pages read-only " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.france");
        long id = draft.getJsonNumber("id").longValue();
        http.put(
                "/api/v1/returns/" + id,
                "application/json",
                draft(draft.getInt("version"), draft, 1, "IMPLEMENTED", "Code pénal, article 450-1."),
                "fp.france",
                PASSWORD);
        assertThat(http.post(
                                "/api/v1/returns/" + id + "/submit",
                                "application/json",
                                "{\"declaration\":true}",
                                "fp.france",
                                PASSWORD)
                        .status())
                .isEqualTo(200);

        Http.Reply editor = http.page("/focal/return.xhtml?cycle=" + cycle, "fp.france", PASSWORD);

        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body())
                .contains("This return is read-only")
                .contains("Code pénal, article 450-1.")
                .doesNotContain("Save draft");
    }

    @Test
    void theSecretariatSeesCyclesTheCycleDashboardTheQueueAndAReturn() {
        long cycle = openCycle(http, "Pages secretariat " + System.nanoTime());
        JsonObject draft = myReturn(http, cycle, "fp.china");
        long id = draft.getJsonNumber("id").longValue();

        Http.Reply cycles = http.page("/secretariat/index.xhtml", SECRETARIAT, PASSWORD);
        Http.Reply dashboard = http.page("/secretariat/cycle.xhtml?id=" + cycle, SECRETARIAT, PASSWORD);
        Http.Reply queue = http.page("/secretariat/review.xhtml", SECRETARIAT, PASSWORD);
        Http.Reply review = http.page("/secretariat/return.xhtml?id=" + id, SECRETARIAT, PASSWORD);

        assertThat(cycles.status()).isEqualTo(200);
        assertThat(cycles.body()).contains("Pages secretariat ").contains("New reporting cycle");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("Completeness")
                .contains("African States")
                .contains("193");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains("Review of returns");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body())
                .contains("CHN")
                .contains("Which experience can your State share?")
                .contains("Audit trail of this return")
                .as("the audit trail names the action in words, not by its code")
                .contains("Return started")
                .doesNotContain(">RETURN_STARTED<");
    }

    @Test
    void aFocalPointCannotOpenTheSecretariatsPagesNorAnotherStatesReview() {
        assertThat(http.page("/secretariat/index.xhtml", "fp.peru", PASSWORD).status())
                .isEqualTo(403);
        assertThat(http.page("/focal/index.xhtml", SECRETARIAT, PASSWORD).status())
                .isEqualTo(403);
    }
}
