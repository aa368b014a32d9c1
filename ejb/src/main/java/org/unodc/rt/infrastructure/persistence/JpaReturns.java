package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
public class JpaReturns implements Returns {

    /** A return's evidence with the questions it backs (and the documents cited), in the order it was added. */
    private static final String ATTACHMENTS = "select a from ReturnAttachment a join fetch a.question"
            + " where a.implementationReturn = :r order by a.uploadedAt, a.id";

    private static final String CITATIONS = "select c from AnswerCitation c join fetch c.question join fetch c.document"
            + " where c.implementationReturn = :r order by c.citedAt, c.id";

    @PersistenceContext
    EntityManager em;

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
        return em.createQuery(
                        "select r from ImplementationReturn r where r.cycle.id = :c and r.stateIso3 = :s",
                        ImplementationReturn.class)
                .setParameter("c", cycleId)
                .setParameter("s", iso3)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ImplementationReturn> findOfLockingCycle(ReportingCycle cycle, String iso3) {
        em.refresh(cycle, LockModeType.PESSIMISTIC_WRITE);
        return findOf(cycle.id(), iso3);
    }

    @Override
    public List<ImplementationReturn> acceptedBefore(ImplementationReturn aReturn) {
        return em.createQuery(
                        "select r from ImplementationReturn r where r.stateIso3 = :s and r.status = :accepted"
                                + " and r.cycle <> :c order by r.reviewedAt desc",
                        ImplementationReturn.class)
                .setParameter("s", aReturn.stateIso3())
                .setParameter("accepted", ReturnStatus.ACCEPTED)
                .setParameter("c", aReturn.cycle())
                .getResultList();
    }

    @Override
    public void add(ImplementationReturn aReturn) {
        em.persist(aReturn);
        em.flush();
    }

    @Override
    public void store(ImplementationReturn aReturn) {
        // The return itself changed (updatedAt), so the flush increments its version for the next save.
        em.flush();
    }

    @Override
    public List<ReturnAttachment> attachmentsOf(ImplementationReturn aReturn) {
        return evidenceOf(aReturn, ATTACHMENTS, ReturnAttachment.class);
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
        return evidenceOf(aReturn, CITATIONS, AnswerCitation.class);
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
        return em.createQuery(
                        "select d from LibraryDocument d where (d.published = true or d.country = :s)"
                                + " and (lower(d.titleOriginal) like :p or lower(d.titleEnglish) like :p)"
                                + " order by case when d.country = :s then 0 else 1 end, d.year desc, d.id",
                        LibraryDocument.class)
                .setParameter("s", iso3)
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    private <T> List<T> evidenceOf(ImplementationReturn aReturn, String jpql, Class<T> type) {
        return em.createQuery(jpql, type).setParameter("r", aReturn).getResultList();
    }
}
