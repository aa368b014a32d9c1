package org.unodc.rt.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionFilter;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.ResolutionSummary;
import org.unodc.rt.domain.resolution.Resolutions;

/** The resolution catalogue in JPA; lists read {@link ResolutionSummary} rows, not resolutions with paragraphs. */
@ApplicationScoped
public class JpaResolutions extends JpaRepository implements Resolutions {

    /** The columns of a {@link ResolutionSummary}, from {@code r} and its parent {@code p}. */
    private static final String SUMMARY = "new org.unodc.rt.domain.resolution.ResolutionSummary(r.id, r.body,"
            + " r.number, r.symbol, r.title, r.status, r.adoptionDate, p.id)";

    /** The commission's own reporting mandates: those the catalogue lists under a session. */
    private static final String FOR_COMMISSION = "m.reportTo = 'CCPCJ' and m.sessionOrdinal = :o";

    @Override
    public Optional<Resolution> find(long id) {
        return Optional.ofNullable(em.find(Resolution.class, id));
    }

    @Override
    public Optional<Resolution> findBySymbol(String symbol) {
        return em.createQuery("select r from Resolution r where r.symbol = :s order by r.id", Resolution.class)
                .setParameter("s", symbol)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Resolution> findUnnumbered(
            org.unodc.rt.domain.resolution.text.ResolutionBody body,
            org.unodc.rt.domain.resolution.text.ResolutionStatus status,
            String title) {
        String wanted = normalized(title);
        // Few resolutions lack both symbol and number; their titles are compared here, spacing and case aside.
        return em.createQuery(
                        "select r from Resolution r where r.symbol is null and r.number is null and r.parent is null"
                                + " and r.body = :b and r.status = :st order by r.id",
                        Resolution.class)
                .setParameter("b", body)
                .setParameter("st", status)
                .getResultStream()
                .filter(r -> normalized(r.title()).equals(wanted))
                .findFirst();
    }

    private static String normalized(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Optional<Resolution> findByNumber(String number) {
        return first(Resolution.class, "select r from Resolution r where r.number = :n", "n", number);
    }

    @Override
    public List<ResolutionSummary> list(ResolutionFilter filter) {
        StringBuilder jpql =
                new StringBuilder("select " + SUMMARY + " from Resolution r left join r.parent p where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.body() != null) {
            jpql.append(" and r.body = :body");
            parameters.put("body", filter.body());
        }
        if (filter.year() != null) {
            jpql.append(" and (extract(year from r.adoptionDate) = :year or r.number like :yearPrefix)");
            parameters.put("year", filter.year());
            parameters.put("yearPrefix", filter.year() + "/%");
        }
        if (filter.instrument() != null && !filter.instrument().isBlank()) {
            jpql.append(" and :instrument member of r.instruments");
            parameters.put("instrument", filter.instrument());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            jpql.append(" and (lower(r.title) like :text or lower(r.number) like :text or lower(r.symbol) like :text")
                    .append(" or lower(r.sourceText) like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        jpql.append(" order by r.adoptionDate desc nulls last, r.id desc");
        TypedQuery<ResolutionSummary> query = em.createQuery(jpql.toString(), ResolutionSummary.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public List<ResolutionSummary> all() {
        return list(
                ResolutionSummary.class, "select " + SUMMARY + " from Resolution r left join r.parent p order by r.id");
    }

    @Override
    public List<ResolutionSummary> mandatedFor(int sessionOrdinal) {
        return list(
                ResolutionSummary.class,
                "select distinct " + SUMMARY
                        + " from ReportingMandate m join m.resolution r left join r.parent p where " + FOR_COMMISSION
                        + " order by r.id",
                "o",
                sessionOrdinal);
    }

    @Override
    public List<ReportingMandate> mandatesFor(int sessionOrdinal) {
        return list(
                ReportingMandate.class,
                "select m from ReportingMandate m join fetch m.resolution where " + FOR_COMMISSION
                        + " order by m.resolution.id, m.paragraph",
                "o",
                sessionOrdinal);
    }

    @Override
    public List<Resolution> nestedIn(long id) {
        return list(Resolution.class, "select r from Resolution r where r.parent.id = :id order by r.id", "id", id);
    }

    @Override
    public List<Resolution> recalling(String number) {
        return list(
                Resolution.class,
                "select r from Resolution r where :n member of r.citedResolutions order by r.id",
                "n",
                number);
    }

    @Override
    public List<ResolutionRevision> history(long id) {
        return list(
                ResolutionRevision.class,
                "select h from ResolutionRevision h where h.resolutionId = :id order by h.revisedAt desc",
                "id",
                id);
    }

    @Override
    public void add(Resolution resolution) {
        addNow(resolution);
    }

    @Override
    public void add(ResolutionRevision revision) {
        em.persist(revision);
    }
}
