package org.unodc.rt.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.application.Entities;
import org.unodc.rt.application.InMemoryFocalPoints;
import org.unodc.rt.application.InMemoryMemberStates;
import org.unodc.rt.application.MailChecks;
import org.unodc.rt.application.RecordingEvent;
import org.unodc.rt.application.reports.ReturnDocuments;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.Outbox;

/** The receipt, the request for clarification and the acceptance, to the State's focal points in their languages. */
class ReturnMailTest {

    private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};

    private final OpenCycle open = new OpenCycle();
    private final RecordingEvent<Outbox.Letters> outbox = new RecordingEvent<>();
    private final ReturnMail mail = new ReturnMail();
    private ImplementationReturn egypt;

    @BeforeEach
    void setUp() {
        InMemoryMemberStates states = InMemoryMemberStates.of("EGY", "PER");
        Entities.with(states.states.get("EGY"), "nameAr", "مصر");
        Entities.with(states.states.get("EGY"), "nameEn", "Egypt");
        Entities.with(states.states.get("EGY"), "nameFr", "Égypte");
        Entities.with(states.states.get("EGY"), "nameEs", "Egipto");
        Entities.with(states.states.get("EGY"), "nameRu", "Египет");
        Entities.with(states.states.get("EGY"), "nameZh", "埃及");
        mail.states = states;
        mail.returns = open.returns;
        mail.outbox = outbox;
        List<FocalPoint> focalPoints = new java.util.ArrayList<>();
        for (String language : LANGUAGES) {
            focalPoints.add(
                    new FocalPoint("EGY", language + "@example.org", "Reader " + language, language, "Africa/Cairo"));
        }
        focalPoints.add(new FocalPoint("PER", "fp.peru@example.org", "María Quispe", "es", "America/Lima"));
        mail.focalPoints = new InMemoryFocalPoints(focalPoints);
        // Rendering the real PDF is the reports module's (and ReturnNotificationsIT's); here it is a marked byte
        // string.
        mail.documents = new ReturnDocuments() {
            @Override
            public byte[] returnDocument(Long returnId, String format, String language) {
                return ("%PDF-1.7 return " + returnId + " in " + language).getBytes(StandardCharsets.UTF_8);
            }
        };
        egypt = open.submittedBy("EGY", "fp.egypt");
    }

    @Test
    void theReceiptGoesToEveryFocalPointOfTheStateEachInTheirLanguage() {
        mail.submitted(new ReturnEvent.Submitted(egypt.id(), 1, true));

        List<Letter> letters = outbox.fired.get(0).letters();
        assertThat(letters)
                .extracting(Letter::to, l -> l.message().language())
                .containsExactly(
                        tuple("ar@example.org", "ar"),
                        tuple("zh@example.org", "zh"),
                        tuple("en@example.org", "en"),
                        tuple("fr@example.org", "fr"),
                        tuple("ru@example.org", "ru"),
                        tuple("es@example.org", "es"));
        MailMessage english = letters.get(2).message();
        assertThat(english.subject()).isEqualTo("Return received \u2014 Reporting for the 35th session");
        // Submitted at 09:00 UTC, 11:00 in Cairo in January.
        assertThat(english.text())
                .contains("receipt of the return of Egypt in the reporting cycle")
                .contains("Version: 1\nSubmitted on: Jan 10, 2026, 11:00 AM (Africa/Cairo)\nSubmitted by: fp.egypt\n");
        MailMessage arabic = letters.get(0).message();
        assertThat(arabic.subject()).isEqualTo("إشعار باستلام الرد - \u2068Reporting for the 35th session\u2069");
        assertThat(arabic.text()).contains("\u200Fالنسخة: \u20681\u2069\n").contains("رد \u2068مصر\u2069");
        assertThat(arabic.html()).contains("dir=\"rtl\"").contains("<bdi>fp.egypt</bdi>");
        assertThat(letters.get(4).message().text()).contains("ответа государства (Египет)");
        assertThat(letters.get(0).attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo("return-EGY-" + open.cycle.id() + "-v1-ar.pdf");
            assertThat(pdf.mediaType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).endsWith(" in ar");
        });
    }

    @Test
    void aClarificationRequestCountsTheRemarksOnTheVersionReviewed() {
        egypt.comment(1, "Which law?", "secretariat", OpenCycle.NOW);
        egypt.comment(null, "Please attach the decree.", "secretariat", OpenCycle.NOW);

        mail.clarificationRequested(new ReturnEvent.ClarificationRequested(egypt.id(), 1));

        assertThat(outbox.fired.get(0).letters().get(3).message().text())
                .contains("examiné la version 1 de la réponse de l'État (Égypte)")
                .contains("Nombre d'observations : 2")
                .contains("\u2022 question 1: Which law?\n\u2022 Please attach the decree.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyReturnMailIsCompleteInEveryLanguage(String language) {
        egypt.comment(1, "Which law?", "secretariat", OpenCycle.NOW);
        mail.submitted(new ReturnEvent.Submitted(egypt.id(), 1, true));
        mail.clarificationRequested(new ReturnEvent.ClarificationRequested(egypt.id(), 1));
        mail.accepted(new ReturnEvent.Accepted(egypt.id(), 1));

        assertThat(outbox.fired).hasSize(3);
        for (Outbox.Letters batch : outbox.fired) {
            MailMessage message = batch.letters().stream()
                    .filter(l -> l.to().equals(language + "@example.org"))
                    .findFirst()
                    .orElseThrow()
                    .message();
            MailChecks.complete(
                    message,
                    language,
                    "Reporting for the 35th session",
                    "/focal/return.xhtml?cycle=" + open.cycle.id());
            assertThat(batch.letters()).extracting(Letter::to).doesNotContain("fp.peru@example.org");
        }
    }
}
