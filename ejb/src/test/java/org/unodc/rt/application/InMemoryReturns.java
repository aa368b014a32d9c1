package org.unodc.rt.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.returns.AnswerCitation;
import org.unodc.rt.domain.returns.AnswerEvidence;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAttachment;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.Returns;

/**
 * Returns in a list, for plain tests of the return services. Storing a return moves its version on, as the database
 * does when the return itself changed; locks are not needed with one caller at a time.
 */
public final class InMemoryReturns implements Returns {

    public final List<ImplementationReturn> returns = new ArrayList<>();
    /** Attachments and citations. */
    public final List<AnswerEvidence> evidence = new ArrayList<>();

    private long nextId = 1;

    @Override
    public Optional<ImplementationReturn> find(Long id) {
        return returns.stream().filter(r -> Objects.equals(r.id(), id)).findFirst();
    }

    @Override
    public Optional<ImplementationReturn> findForUpdate(Long id) {
        return find(id);
    }

    @Override
    public Optional<ImplementationReturn> findOf(Long cycleId, String iso3) {
        return returns.stream()
                .filter(r ->
                        Objects.equals(r.cycle().id(), cycleId) && r.stateIso3().equals(iso3))
                .findFirst();
    }

    @Override
    public Optional<ImplementationReturn> findOfLockingCycle(ReportingCycle cycle, String iso3) {
        return findOf(cycle.id(), iso3);
    }

    @Override
    public List<ImplementationReturn> returnsTo(Long cycleId) {
        return returns.stream()
                .filter(r -> Objects.equals(r.cycle().id(), cycleId))
                .toList();
    }

    @Override
    public Set<String> statesThatSubmitted(ReportingCycle cycle) {
        return returnsTo(cycle.id()).stream()
                .filter(r -> r.status() != ReturnStatus.DRAFT)
                .map(ImplementationReturn::stateIso3)
                .collect(Collectors.toSet());
    }

    @Override
    public List<ImplementationReturn> acceptedBefore(ImplementationReturn aReturn) {
        return returns.stream()
                .filter(r -> r.stateIso3().equals(aReturn.stateIso3())
                        && r.status() == ReturnStatus.ACCEPTED
                        && r.cycle() != aReturn.cycle())
                .sorted(Comparator.comparing(ImplementationReturn::reviewedAt).reversed())
                .toList();
    }

    @Override
    public void add(ImplementationReturn aReturn) {
        returns.add(Entities.with(aReturn, "id", nextId++));
    }

    @Override
    public void store(ImplementationReturn aReturn) {
        Entities.with(aReturn, "version", aReturn.version() + 1);
    }

    @Override
    public List<ReturnAttachment> attachmentsOf(ImplementationReturn aReturn) {
        return evidence.stream()
                .filter(e -> e instanceof ReturnAttachment && e.implementationReturn() == aReturn)
                .map(ReturnAttachment.class::cast)
                .toList();
    }

    @Override
    public List<StoredAttachment> storedAttachments() {
        return evidence.stream()
                .filter(ReturnAttachment.class::isInstance)
                .map(ReturnAttachment.class::cast)
                .map(a -> new StoredAttachment(a.implementationReturn().id(), a.storageKey()))
                .toList();
    }

    @Override
    public Optional<ReturnAttachment> findAttachment(Long id) {
        return evidence.stream()
                .filter(e -> e instanceof ReturnAttachment a && Objects.equals(a.id(), id))
                .map(ReturnAttachment.class::cast)
                .findFirst();
    }

    @Override
    public List<AnswerCitation> citationsOf(ImplementationReturn aReturn) {
        return evidence.stream()
                .filter(e -> e instanceof AnswerCitation && e.implementationReturn() == aReturn)
                .map(AnswerCitation.class::cast)
                .toList();
    }

    @Override
    public void add(AnswerEvidence added) {
        evidence.add(added instanceof ReturnAttachment ? Entities.with(added, "id", nextId++) : added);
    }

    @Override
    public void remove(AnswerEvidence removed) {
        evidence.remove(removed);
    }

    @Override
    public List<LibraryDocument> titledLike(String typed, String iso3, int max) {
        return List.of();
    }
}
