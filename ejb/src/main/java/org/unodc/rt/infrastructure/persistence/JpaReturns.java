package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.library.LibraryDocument;
import org.unodc.rt.domain.returns.AnswerCitation;
import org.unodc.rt.domain.returns.AnswerEvidence;
import org.unodc.rt.domain.returns.ImplementationReturn;
import org.unodc.rt.domain.returns.ReturnAttachment;
import org.unodc.rt.domain.returns.ReturnStatus;
import org.unodc.rt.domain.returns.Returns;

/** Implementation returns, their attachments and citations in JPA. */
@ApplicationScoped
public class JpaReturns extends JpaRepository implements Returns {

    /** A return's evidence with the questions it backs (and the documents cited), in the order it was added. */
    private static final String ATTACHMENTS = "select a from ReturnAttachment a join fetch a.question"
            + " where a.implementationReturn = :r order by a.uploadedAt, a.id";

    private static final String CITATIONS = "select c from AnswerCitation c join fetch c.question join fetch c.document"
            + " where c.implementationReturn = :r order by c.citedAt, c.id";

    @Override
    public Optional<ImplementationReturn> find(Long id) {
        return Optional.ofNullable(em.find(ImplementationReturn.class, id));
    }

    @Override
    public Optional<ImplementationReturn> findForUpdate(Long id) {
        return Optional.ofNullable(em.find(ImplementationReturn.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ImplementationReturn> findOf(Long cycleId, String iso3) {
        return first(
                ImplementationReturn.class,
                "select r from ImplementationReturn r where r.cycle.id = :c and r.stateIso3 = :s",
                "c",
                cycleId,
                "s",
                iso3);
    }

    @Override
    public Optional<ImplementationReturn> findOfLockingCycle(ReportingCycle cycle, String iso3) {
        em.refresh(cycle, LockModeType.PESSIMISTIC_WRITE);
        return findOf(cycle.id(), iso3);
    }

    @Override
    public List<ImplementationReturn> returnsTo(Long cycleId) {
        return list(
                ImplementationReturn.class, "select r from ImplementationReturn r where r.cycle.id = :c", "c", cycleId);
    }

    @Override
    public Set<String> statesThatSubmitted(ReportingCycle cycle) {
        return new HashSet<>(list(
                String.class,
                "select r.stateIso3 from ImplementationReturn r where r.cycle = :c and r.status not in :notYet",
                "c",
                cycle,
                "notYet",
                List.of(ReturnStatus.DRAFT, ReturnStatus.AWAITING_CLEARANCE)));
    }

    @Override
    public List<ImplementationReturn> acceptedBefore(ImplementationReturn aReturn) {
        return list(
                ImplementationReturn.class,
                "select r from ImplementationReturn r where r.stateIso3 = :s and r.status = :accepted"
                        + " and r.cycle <> :c order by r.reviewedAt desc",
                "s",
                aReturn.stateIso3(),
                "accepted",
                ReturnStatus.ACCEPTED,
                "c",
                aReturn.cycle());
    }

    @Override
    public void add(ImplementationReturn aReturn) {
        addNow(aReturn);
    }

    @Override
    public void store(ImplementationReturn aReturn) {
        // The return itself changed (updatedAt), so the flush increments its version for the next save.
        em.flush();
    }

    @Override
    public List<ReturnAttachment> attachmentsOf(ImplementationReturn aReturn) {
        return list(ReturnAttachment.class, ATTACHMENTS, "r", aReturn);
    }

    @Override
    public List<StoredAttachment> storedAttachments() {
        return list(Object[].class, "select a.implementationReturn.id, a.storageKey from ReturnAttachment a").stream()
                .map(row -> new StoredAttachment((Long) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public Optional<ReturnAttachment> findAttachment(Long id) {
        return Optional.ofNullable(em.find(ReturnAttachment.class, id));
    }

    @Override
    public void add(AnswerEvidence evidence) {
        em.persist(evidence);
    }

    @Override
    public List<AnswerCitation> citationsOf(ImplementationReturn aReturn) {
        return list(AnswerCitation.class, CITATIONS, "r", aReturn);
    }

    @Override
    public void remove(AnswerEvidence evidence) {
        em.remove(evidence);
    }

    @Override
    public List<LibraryDocument> titledLike(String typed, String iso3, int max) {
        // What was typed is matched literally: LIKE's wildcards in it are dropped.
        String pattern =
                "%" + typed.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return query(
                        LibraryDocument.class,
                        "select d from LibraryDocument d where (d.published = true or d.country = :s)"
                                + " and (lower(d.titleOriginal) like :p or lower(d.titleEnglish) like :p)"
                                + " order by case when d.country = :s then 0 else 1 end, d.year desc, d.id",
                        "s",
                        iso3,
                        "p",
                        pattern)
                .setMaxResults(max)
                .getResultList();
    }
}
