package org.unodc.rt.application.progress;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.MemberStateService;
import org.unodc.rt.domain.account.FocalPoints;
import org.unodc.rt.domain.cycle.Cycles;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocuments;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.PublishedAnswer;
import org.unodc.rt.domain.returns.ReturnHistory;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.state.MemberState;

/** Assembles a State's profile from what the reader may read: the public what States allowed, the secretariat all. */
@Stateless
@PermitAll
public class StateProfiles {

    @Inject
    MemberStateService states;

    @Inject
    Cycles cycles;

    @Inject
    ReturnHistory returns;

    @Inject
    LibraryDocuments library;

    @Inject
    FocalPoints focalPoints;

    @Inject
    CurrentCaller caller;

    public StateProfile profile(String iso3) {
        return profile(iso3, Question.ORIGINAL.code());
    }

    /** The same, with each cycle named in a reader's language (its code, "zh"): the translation, else the original. */
    public StateProfile profile(String iso3, String language) {
        MemberState state = states.getState(iso3);
        boolean staff = caller.isStaff();
        ImplementationReturn.Reader reader =
                staff ? ImplementationReturn.Reader.SECRETARIAT : ImplementationReturn.Reader.PUBLIC;
        List<ImplementationReturn> own = returns.ofState(state.iso3());
        Map<String, String> names = new LinkedHashMap<>();
        state.names().forEach((unLanguage, name) -> names.put(unLanguage.code(), name));
        return new StateProfile(
                state.iso3(),
                names,
                state.regionalGroup().name(),
                partyStatus(state),
                cycles(own, staff, language),
                paragraphs(own, reader, language),
                documents(state),
                staff ? forSecretariat(state, own, language) : null);
    }

    private List<StateProfile.Party> partyStatus(MemberState state) {
        return states.partyStatus(state.iso3()).stream()
                .map(p -> new StateProfile.Party(
                        p.instrument().code(),
                        p.instrument().shortName(),
                        p.action().name(),
                        p.isParty(),
                        p.actionDate(),
                        p.signedOn(),
                        p.source().name(),
                        p.asOf()))
                .toList();
    }

    /**
     * Every cycle that is no longer a draft, the latest first, with the State's return in it if any: for the public
     * only a submitted one, in the status the public may know ({@link ReturnStatus#publicStatus}).
     */
    private List<StateProfile.Cycle> cycles(List<ImplementationReturn> own, boolean staff, String language) {
        List<StateProfile.Cycle> lines = new ArrayList<>();
        List<ReportingCycle> all = new ArrayList<>(cycles.allButDrafts());
        all.sort(java.util.Comparator.comparing(ReportingCycle::deadline).reversed());
        for (ReportingCycle cycle : all) {
            Optional<ImplementationReturn> mine = own.stream()
                    .filter(r -> r.cycle().id().equals(cycle.id()))
                    .filter(r -> staff || r.status().publicStatus().isPresent())
                    .findFirst();
            Optional<ReturnStatus> shown = mine.flatMap(
                    r -> staff ? Optional.of(r.status()) : r.status().publicStatus());
            lines.add(new StateProfile.Cycle(
                    cycle.id(),
                    cycle.titleFor(language),
                    cycle.session().ordinal(),
                    cycle.status().name(),
                    cycle.opensOn(),
                    cycle.deadline(),
                    shown.map(ReturnStatus::name).orElse(null),
                    mine.map(ImplementationReturn::firstSubmittedAt).orElse(null),
                    mine.map(ImplementationReturn::lastSubmittedAt).orElse(null),
                    mine.map(ImplementationReturn::onTime).orElse(null),
                    mine.filter(r -> r.status() == ReturnStatus.ACCEPTED)
                            .map(ImplementationReturn::reviewedAt)
                            .orElse(null)));
        }
        return lines;
    }

    /** Per resolution paragraph, the answer of the latest accepted return that answered it (returns come latest first). */
    private static List<StateProfile.Paragraph> paragraphs(
            List<ImplementationReturn> own, ImplementationReturn.Reader reader, String language) {
        Map<String, StateProfile.Paragraph> latest = new LinkedHashMap<>();
        for (ImplementationReturn aReturn : own) {
            for (PublishedAnswer answer : aReturn.answersReadBy(reader)) {
                if (answer.status() == null && answer.narrative() == null) {
                    continue;
                }
                latest.putIfAbsent(
                        answer.resolutionId() + "/" + answer.paragraphNumber(),
                        new StateProfile.Paragraph(
                                answer.resolutionId(),
                                answer.resolutionSymbol(),
                                answer.paragraphNumber(),
                                answer.status() == null ? null : answer.status().name(),
                                answer.narrative(),
                                aReturn.cycle().id(),
                                aReturn.cycle().titleFor(language)));
            }
        }
        List<StateProfile.Paragraph> lines = new ArrayList<>(latest.values());
        lines.sort(java.util.Comparator.comparing(StateProfile.Paragraph::resolution)
                .thenComparing(StateProfile.Paragraph::paragraph));
        return lines;
    }

    private List<StateProfile.Document> documents(MemberState state) {
        return library.all().stream()
                .filter(d -> d.published() && state.iso3().equals(d.country()))
                .map(d -> new StateProfile.Document(
                        d.id(), d.type().code(), d.titleOriginal(), d.titleEnglish(), d.year(), d.languages()))
                .toList();
    }

    private StateProfile.ForSecretariat forSecretariat(
            MemberState state, List<ImplementationReturn> own, String language) {
        List<StateProfile.FocalPointLine> points = focalPoints.active().stream()
                .filter(f -> state.iso3().equals(f.stateIso3()))
                .map(f -> new StateProfile.FocalPointLine(f.displayName(), f.email()))
                .toList();
        List<StateProfile.Clarification> open = own.stream()
                .filter(r -> r.status() == ReturnStatus.CLARIFICATION_REQUESTED)
                .map(r -> new StateProfile.Clarification(
                        r.id(), r.cycle().id(), r.cycle().titleFor(language), r.reviewedAt(), r.reviewedBy()))
                .toList();
        List<StateProfile.Submission> history = own.stream()
                .flatMap(r -> r.versions().stream()
                        .map(v -> new StateProfile.Submission(
                                r.id(),
                                r.cycle().id(),
                                r.cycle().titleFor(language),
                                v.number(),
                                v.submittedAt(),
                                v.submittedBy(),
                                v.onTime())))
                .sorted(java.util.Comparator.comparing(StateProfile.Submission::submittedAt)
                        .reversed())
                .toList();
        return new StateProfile.ForSecretariat(points, open, history);
    }
}
