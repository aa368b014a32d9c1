package org.unodc.rt.application.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unodc.rt.application.account.AccountLinks;
import org.unodc.rt.application.reports.ReturnDocuments;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.returns.ReviewComment;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.MailTemplates;
import org.unodc.rt.infrastructure.mail.Outbox;

/**
 * Tells a State's people, each in their language, what became of their return: the receipt of a submission (with the
 * return as submitted, as a PDF in the reader's language), a request for clarification (with the remarks) and the
 * acceptance go to its focal points, its observers and the contributors the return concerns; a request for clearance
 * to its focal points; an assignment to the contributor concerned. Follows the return's own events in the transaction
 * that fired them and hands the letters to the {@link Outbox}, which sends them once that transaction has committed.
 */
@ApplicationScoped
public class ReturnMail {

    static final MailTemplates TEXTS = new MailTemplates("org.unodc.rt.application.returns.mail");

    @Inject
    Returns returns;

    @Inject
    FocalPoints focalPoints;

    @Inject
    MemberStates states;

    @Inject
    Event<Outbox.Letters> outbox;

    @Inject
    ReturnDocuments documents;

    public void submitted(@Observes ReturnEvent.Submitted event) {
        ImplementationReturn aReturn = load(event.returnId());
        ReturnVersion version = aReturn.version(event.version());
        // Rendered once per language the recipients read, and attached to each of their receipts.
        Map<UnLanguage, Letter.Attachment> pdfs = new HashMap<>();
        tell(
                aReturn,
                "Receipt of version " + event.version(),
                everyone(aReturn),
                to -> List.of(pdfs.computeIfAbsent(
                        UnLanguage.orEnglish(to.language()), language -> pdf(aReturn, version, language))),
                to -> TEXTS.compose(
                        "submitted",
                        to.language(),
                        to.zone(),
                        to.displayName(),
                        aReturn.cycle().titleFor(to.language()),
                        stateName(aReturn, to),
                        version.number(),
                        version.submittedAt(),
                        version.submittedBy(),
                        link(aReturn)));
    }

    public void clarificationRequested(@Observes ReturnEvent.ClarificationRequested event) {
        ImplementationReturn aReturn = load(event.returnId());
        List<ReviewComment> remarks = aReturn.comments().stream()
                .filter(c -> c.versionNumber() == event.version())
                .toList();
        tell(
                aReturn,
                "Clarification requested on version " + event.version(),
                everyone(aReturn),
                to -> List.of(),
                to -> TEXTS.compose(
                        "clarification",
                        to.language(),
                        to.zone(),
                        to.displayName(),
                        aReturn.cycle().titleFor(to.language()),
                        stateName(aReturn, to),
                        event.version(),
                        remarks.size(),
                        link(aReturn),
                        remarks(aReturn, remarks, to)));
    }

    public void accepted(@Observes ReturnEvent.Accepted event) {
        ImplementationReturn aReturn = load(event.returnId());
        tell(
                aReturn,
                "Acceptance of version " + event.version(),
                everyone(aReturn),
                to -> List.of(),
                to -> TEXTS.compose(
                        "accepted",
                        to.language(),
                        to.zone(),
                        to.displayName(),
                        aReturn.cycle().titleFor(to.language()),
                        stateName(aReturn, to),
                        event.version(),
                        link(aReturn)));
    }

    /** The State requires clearance: its focal points are asked for it (the one who asked is told too). */
    public void clearanceRequested(@Observes ReturnEvent.ClearanceRequested event) {
        ImplementationReturn aReturn = load(event.returnId());
        String requestedBy = Objects.requireNonNullElse(aReturn.clearanceRequestedBy(), "");
        tell(
                aReturn,
                "Clearance requested",
                focalPoints.activeOf(aReturn.stateIso3()),
                to -> List.of(),
                to -> TEXTS.compose(
                        "clearance",
                        to.language(),
                        to.zone(),
                        to.displayName(),
                        aReturn.cycle().titleFor(to.language()),
                        stateName(aReturn, to),
                        requestedBy,
                        link(aReturn)));
    }

    /** Each contributor given questions is told which, in their language. */
    public void assigned(@Observes ReturnEvent.Assigned event) {
        ImplementationReturn aReturn = load(event.returnId());
        Map<String, List<Long>> byContributor = event.changes().stream()
                .filter(c -> c.username() != null)
                .collect(Collectors.groupingBy(
                        ReturnEvent.Assigned.Change::username,
                        Collectors.mapping(ReturnEvent.Assigned.Change::questionId, Collectors.toList())));
        if (byContributor.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Long>> entry : byContributor.entrySet()) {
            List<FocalPoint> recipients = focalPoints.notifiedOf(aReturn.stateIso3(), Set.of(entry.getKey())).stream()
                    .filter(f -> f.username() != null && f.username().equals(entry.getKey()))
                    .toList();
            tell(
                    aReturn,
                    "Questions assigned to " + entry.getKey(),
                    recipients,
                    to -> List.of(),
                    to -> TEXTS.compose(
                            "assigned",
                            to.language(),
                            to.zone(),
                            to.displayName(),
                            aReturn.cycle().titleFor(to.language()),
                            stateName(aReturn, to),
                            questions(aReturn, entry.getValue(), to),
                            link(aReturn)));
        }
    }

    private ImplementationReturn load(Long returnId) {
        return returns.find(returnId).orElseThrow();
    }

    /** The State's focal points and observers, and the contributors who answer questions of the return. */
    private List<FocalPoint> everyone(ImplementationReturn aReturn) {
        return focalPoints.notifiedOf(aReturn.stateIso3(), aReturn.assignees());
    }

    /** The State's name in the recipient's language. */
    private String stateName(ImplementationReturn aReturn, FocalPoint to) {
        return states.nameOf(aReturn.stateIso3(), UnLanguage.orEnglish(to.language()));
    }

    /** The remarks of the secretariat, one a line, each after the question it is on (in the reader's language). */
    private static String remarks(ImplementationReturn aReturn, List<ReviewComment> remarks, FocalPoint to) {
        UnLanguage language = UnLanguage.orEnglish(to.language());
        return remarks.stream()
                .map(c -> "\u2022 "
                        + (c.questionPosition() == null
                                ? ""
                                : aReturn.cycle().questions().stream()
                                                .filter(q -> q.position() == c.questionPosition())
                                                .findFirst()
                                                .map(q -> q.labelExplanation().text(locale(language)))
                                                .orElse("")
                                        + ": ")
                        + c.body())
                .collect(Collectors.joining("\n"));
    }

    private static String questions(ImplementationReturn aReturn, Collection<Long> ids, FocalPoint to) {
        UnLanguage language = UnLanguage.orEnglish(to.language());
        return aReturn.cycle().questions().stream()
                .filter(q -> ids.contains(q.id()))
                .map(q -> "\u2022 " + q.labelExplanation().text(locale(language)))
                .collect(Collectors.joining("\n"));
    }

    private static java.util.Locale locale(UnLanguage language) {
        return java.util.Locale.forLanguageTag(language.code());
    }

    private Letter.Attachment pdf(ImplementationReturn aReturn, ReturnVersion version, UnLanguage language) {
        byte[] content = documents.returnDocument(aReturn.id(), "pdf", language.code());
        return new Letter.Attachment(
                "return-" + aReturn.stateIso3() + "-" + aReturn.cycle().id() + "-v" + version.number() + "-"
                        + language.code() + ".pdf",
                "application/pdf",
                content);
    }

    private void tell(
            ImplementationReturn aReturn,
            String what,
            List<FocalPoint> recipients,
            Function<FocalPoint, List<Letter.Attachment>> attachments,
            Function<FocalPoint, MailMessage> compose) {
        outbox.fire(new Outbox.Letters(
                what + " of the return of " + aReturn.stateIso3() + " (return " + aReturn.id() + ")",
                recipients.stream()
                        .map(to -> new Letter(to.email(), compose.apply(to), attachments.apply(to)))
                        .toList()));
    }

    private static MailTemplates.Link link(ImplementationReturn aReturn) {
        return new MailTemplates.Link(AccountLinks.returnPage(aReturn.cycle().id()));
    }
}
