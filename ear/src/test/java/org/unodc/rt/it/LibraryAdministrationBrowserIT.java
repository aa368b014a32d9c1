package org.unodc.rt.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unodc.rt.search.extract.TestFiles;

/**
 * The secretariat adds a judgment to the library in the browser: describes it, uploads the original PDF, takes the
 * language the upload detected, publishes it; a researcher then finds it and downloads the original.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryAdministrationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private final Http http = new Http();

    @Test
    void theSecretariatAddsAJudgmentWithItsOriginalAndPublishesIt() throws Exception {
        String marker =
                "quetzalcoatl" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        Path pdf = Files.createTempFile("arret-", ".pdf");
        Files.write(
                pdf,
                TestFiles.pdf(
                        "Cour d'appel de Paris. Le prévenu est déclaré coupable de blanchiment d'argent aggravé : il a"
                                + " dissimulé l'origine des fonds provenant de l'exploitation minière illégale et du"
                                + " trafic de métaux précieux. Affaire " + marker
                                + ". La cour confirme la confiscation des"
                                + " biens saisis et rappelle l'obligation de coopération judiciaire internationale.",
                        false));

        try (Browser browser = new Browser(http.base(), "secretariat-library")) {
            browser.signIn("secretariat", "demo-password-2026");
            browser.open("/secretariat/library.xhtml?lang=en");
            browser.screenshot("1-library-admin");
            assertThat(browser.text("#indexForm")).contains("published documents are searchable");

            browser.clickLink("New document");
            browser.choose("editor:type", "Case law");
            browser.choose("editor:country", "France");
            browser.type("#editor\\:titleOriginal", "Cour d'appel de Paris, arrêt " + marker);
            browser.type("#editor\\:titleEnglish", "Paris Court of Appeal, judgment " + marker);
            browser.type("#editor\\:year_input", "2024");
            browser.screenshot("2-new-document");
            browser.click("#editor\\:save");
            browser.waitForText("is created, unpublished");
            assertThat(browser.currentUrl()).contains("library-document.xhtml?id=");
            assertThat(browser.text("#top")).contains("Not published");

            browser.upload("input[type='file'][id$='upload_input']", pdf);
            browser.waitForText("Language detected in the file: French");
            browser.screenshot("3-uploaded");
            assertThat(browser.pageText()).contains(pdf.getFileName().toString());

            browser.click("#originalForm\\:useDetected");
            browser.waitForText("is saved");
            assertThat(browser.text("#editor\\:originalLanguage")).contains("French");

            browser.click("#publicationForm\\:publish");
            browser.waitForText("is published");
            browser.screenshot("4-published");

            browser.open("/library.xhtml?lang=fr&q=" + marker);
            assertThat(browser.text("#total")).isEqualTo("Documents trouvés : 1");
            assertThat(browser.text(".hit .meta"))
                    .contains("France")
                    .contains("Jurisprudence")
                    .contains("Français");
            browser.click(".hit h3 a");
            browser.screenshot("5-public-page");
            assertThat(browser.pageText())
                    .contains("Cour d'appel de Paris, arrêt " + marker)
                    .contains(pdf.getFileName().toString())
                    .contains("blanchiment d'argent");
        }
    }
}
