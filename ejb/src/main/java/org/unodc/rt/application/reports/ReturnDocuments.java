package org.unodc.rt.application.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.cycle.CycleService;
import org.unodc.rt.application.returns.ReturnQueries;
import org.unodc.rt.application.returns.ReturnView;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.state.MemberState;
import org.unodc.rt.domain.state.MemberStates;
import org.unodc.rt.domain.state.UnLanguage;
import org.unodc.rt.reports.data.Answer;
import org.unodc.rt.reports.data.ImplementationStatus;
import org.unodc.rt.reports.data.ReturnSection;
import org.unodc.rt.reports.data.StateReturnData;

/** A State's return as a document (PDF, DOCX …), at any stage, for the State and for the secretariat. */
@Stateless
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.FOCAL_POINT_NAME, Role.CONTRIBUTOR_NAME, Role.OBSERVER_NAME
})
public class ReturnDocuments {

    @Inject
    ReturnQueries returns;

    @Inject
    CycleService cycles;

    @Inject
    MemberStates states;

    @Inject
    CurrentCaller caller;

    /**
     * For the State, its own return only (as the return service checks and audits); for the secretariat, with the
     * reviewers' comments under each answer. Worded in {@code language} (a UN language code), or without one in the
     * language of the caller's account; each answer keeps the language it was written in.
     */
    public byte[] returnDocument(@NotNull Long returnId, @NotNull String format, String language) {
        UnLanguage reader = language != null && !language.isBlank()
                ? UnLanguage.orEnglish(language)
                : caller.account().map(a -> UnLanguage.orEnglish(a.locale())).orElse(UnLanguage.EN);
        ReturnView view = returns.getReturn(returnId);
        ReportingCycle cycle = cycles.getCycle(view.cycleId());
        MemberState state = states.find(view.stateIso3()).orElseThrow();
        StateReturnData.Audience audience =
                caller.isStaff() ? StateReturnData.Audience.SECRETARIAT : StateReturnData.Audience.STATE;
        List<ReturnSection> sections = new ArrayList<>();
        for (ReturnView.Section section : view.sections()) {
            List<Answer> answers = new ArrayList<>();
            for (ReturnView.AnswerView a : section.answers()) {
                String notes = audience == StateReturnData.Audience.SECRETARIAT
                        ? view.comments().stream()
                                .filter(c -> c.questionPosition() != null && c.questionPosition() == a.position())
                                .map(c -> c.author() + ": " + c.body())
                                .reduce((x, y) -> x + "\n" + y)
                                .orElse(null)
                        : null;
                answers.add(new Answer(
                        a.paragraphNumber() != null ? a.paragraphNumber() : a.position(),
                        a.question(),
                        a.status() == null ? ImplementationStatus.NO_REPLY : ImplementationStatus.valueOf(a.status()),
                        a.narrative(),
                        a.measures(),
                        a.legislation(),
                        List.of(),
                        a.language(),
                        notes));
            }
            // Questions the secretariat added on no particular resolution form their own section, which the
            // document names in the reader's language.
            sections.add(new ReturnSection(
                    section.resolutionLabel() == null ? "" : section.resolutionLabel(),
                    section.resolutionTitle() == null ? "" : section.resolutionTitle(),
                    answers));
        }
        ReturnView.VersionRef last = view.versions().isEmpty()
                ? null
                : view.versions().get(view.versions().size() - 1);
        StateReturnData data = new StateReturnData(
                state.name(reader),
                view.cycleTitle(),
                ReportAssembler.session(cycle.session()),
                ReportAssembler.returnStatus(view.status()),
                last == null ? null : ReportAssembler.vienna(last.submittedAt()),
                last == null ? null : last.submittedBy(),
                last == null ? null : ImplementationReturn.DECLARATION,
                sections,
                audience,
                reader.code());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportRendering.RENDERER.render(data, ReportRendering.format(format), out);
        return out.toByteArray();
    }
}
