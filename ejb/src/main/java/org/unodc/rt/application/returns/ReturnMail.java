package org.unodc.rt.application.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.unodc.rt.application.account.AccountLinks;
import org.unodc.rt.domain.account.FocalPoint;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnEvent;
import org.unodc.rt.domain.returns.ReturnVersion;
import org.unodc.rt.domain.returns.Returns;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.infrastructure.mail.Letter;
import org.unodc.rt.infrastructure.mail.MailMessage;
import org.unodc.rt.infrastructure.mail.MailTemplates;
import org.unodc.rt.infrastructure.mail.Outbox;

/**
 * Tells a State's focal points, each in their language, what became of their return: the receipt of a submission, a
 * request for clarification, the acceptance. Follows the return's own events in the transaction that fired them and
 * hands the letters to the {@link Outbox}, which sends them once that transaction has committed.
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

    public void submitted(@Observes ReturnEvent.Submitted event) {
        ImplementationReturn aReturn = load(event.returnId());
        ReturnVersion version = aReturn.version(event.version());
        tell(
                aReturn,
                "Receipt of version " + event.version(),
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
        long remarks = aReturn.comments().stream()
                .filter(c -> c.versionNumber() == event.version())
                .count();
        tell(
                aReturn,
                "Clarification requested on version " + event.version(),
                to -> TEXTS.compose(
                        "clarification",
                        to.language(),
                        to.zone(),
                        to.displayName(),
                        aReturn.cycle().titleFor(to.language()),
                        stateName(aReturn, to),
                        event.version(),
                        remarks,
                        link(aReturn)));
    }

    public void accepted(@Observes ReturnEvent.Accepted event) {
        ImplementationReturn aReturn = load(event.returnId());
        tell(
                aReturn,
                "Acceptance of version " + event.version(),
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

    private ImplementationReturn load(Long returnId) {
        return returns.find(returnId).orElseThrow();
    }

    /** The State's name in the recipient's language. */
    private String stateName(ImplementationReturn aReturn, FocalPoint to) {
        return states.nameOf(aReturn.stateIso3(), UnLanguage.orEnglish(to.language()));
    }

    private void tell(
            ImplementationReturn aReturn, String what, java.util.function.Function<FocalPoint, MailMessage> compose) {
        outbox.fire(new Outbox.Letters(
                what + " of the return of " + aReturn.stateIso3() + " (return " + aReturn.id() + ")",
                focalPoints.activeOf(aReturn.stateIso3()).stream()
                        .map(to -> new Letter(to.email(), compose.apply(to)))
                        .toList()));
    }

    private static MailTemplates.Link link(ImplementationReturn aReturn) {
        return new MailTemplates.Link(AccountLinks.returnPage(aReturn.cycle().id()));
    }
}
