package org.unodc.rt.application.resolution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.application.AuditLog;
import org.unodc.rt.application.BusinessException;
import org.unodc.rt.application.CurrentCaller;
import org.unodc.rt.application.InvalidInputException;
import org.unodc.rt.application.NotFoundException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.account.Role;
import org.unodc.rt.domain.resolution.Directive;
import org.unodc.rt.domain.resolution.Footnote;
import org.unodc.rt.domain.resolution.PreambleClause;
import org.unodc.rt.domain.resolution.ReportingMandate;
import org.unodc.rt.domain.resolution.Resolution;
import org.unodc.rt.domain.resolution.ResolutionRevision;
import org.unodc.rt.domain.resolution.SubParagraph;
import org.unodc.rt.domain.resolution.text.NotAResolutionException;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ReportingRequest;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.resolution.text.ResolutionTextParser;
import org.unodc.rt.domain.session.CommissionSession;

/** Reads resolution texts, keeps the catalogue, and answers questions about lineage and mandates. */
@Stateless
public class ResolutionCatalogue {

    private static final int MAX_CHAIN = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    private final ResolutionTextParser parser = new ResolutionTextParser();

    /** Finds the structure of a text; saves nothing. Text that is not a resolution is refused with the reason. */
    @PermitAll
    public ParsedResolution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Explanation.of("resolution.textEmpty"));
        }
        try {
            return parser.parse(text);
        } catch (NotAResolutionException e) {
            throw new InvalidInputException(e.explanation());
        }
    }

    /**
     * Saves a resolution as the secretariat confirmed it (the parser's structure, possibly corrected), together
     * with the draft it recommends to the General Assembly, if any. Its reporting requests become mandates on the
     * Commission sessions they name.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Resolution save(@NotNull ParsedResolution structure, String sourceText) {
        String actor = actor();
        Resolution resolution = create(structure, sourceText, null);
        if (structure.nestedDraft() != null) {
            create(structure.nestedDraft(), null, resolution);
        }
        audit.done(actor, "RESOLUTION_CREATED", "Resolution", String.valueOf(resolution.id()), describe(resolution));
        return resolution;
    }

    /** Replaces the structure of a saved resolution with a corrected one; the change is kept in its history. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    public Resolution correct(long id, int expectedVersion, @NotNull ParsedResolution corrected) {
        Resolution resolution = getResolution(id);
        if (resolution.version() != expectedVersion) {
            throw new OptimisticLockException(
                    "Someone else changed this resolution since you opened it (version " + resolution.version()
                            + ", yours " + expectedVersion + "). Reload it and apply your correction again.");
        }
        List<String> changes = changes(resolution, corrected);
        fill(resolution, corrected);
        resolution.touch(actor(), Instant.now(clock));
        String summary = changes.isEmpty() ? "No change" : String.join("; ", changes);
        em.persist(new ResolutionRevision(resolution.id(), Instant.now(clock), actor(), summary));
        audit.done(actor(), "RESOLUTION_CORRECTED", "Resolution", String.valueOf(id), summary);
        return resolution;
    }

    @PermitAll
    public Resolution getResolution(long id) {
        Resolution resolution = findResolution(id)
                .orElseThrow(() -> new NotFoundException(Explanation.of("resolution.notFound", String.valueOf(id))));
        // Load everything a page or the API shows, so the resolution can be read after the transaction ends.
        resolution.preamble();
        resolution.footnotes();
        resolution.citedResolutions();
        resolution.instruments();
        resolution.mandates().forEach(m -> m.session());
        resolution.operative().forEach(p -> {
            p.directives();
            p.subparagraphs();
        });
        if (resolution.parent() != null) {
            resolution.parent().title();
        }
        return resolution;
    }

    @PermitAll
    public Optional<Resolution> findResolution(long id) {
        return Optional.ofNullable(em.find(Resolution.class, id));
    }

    @PermitAll
    public Optional<Resolution> findByNumber(String number) {
        return em.createQuery("select r from Resolution r where r.number = :n", Resolution.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @PermitAll
    public List<Resolution> list(ResolutionFilter filter) {
        StringBuilder jpql =
                new StringBuilder("select distinct r from Resolution r left join fetch r.parent where 1 = 1");
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
        TypedQuery<Resolution> query = em.createQuery(jpql.toString(), Resolution.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @PermitAll
    public List<Resolution> nestedIn(long id) {
        return em
                .createQuery("select r.id from Resolution r where r.parent.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(this::getResolution)
                .toList();
    }

    @PermitAll
    public Lineage lineage(long id) {
        Resolution resolution = getResolution(id);
        List<Resolution> recalls = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String number : sorted(resolution.citedResolutions())) {
            findByNumber(number).ifPresentOrElse(recalls::add, () -> missing.add(number));
        }
        List<Resolution> recalledBy = resolution.number() == null
                ? List.of()
                : em.createQuery(
                                "select r from Resolution r where :n member of r.citedResolutions order by r.id",
                                Resolution.class)
                        .setParameter("n", resolution.number())
                        .getResultList();
        return new Lineage(recalls, missing, recalledBy, chain(resolution));
    }

    @PermitAll
    public List<ResolutionRevision> history(long id) {
        return em.createQuery(
                        "select h from ResolutionRevision h where h.resolutionId = :id order by h.revisedAt desc",
                        ResolutionRevision.class)
                .setParameter("id", id)
                .getResultList();
    }

    @PermitAll
    public List<ReportingMandate> mandatesFor(int sessionOrdinal) {
        return em.createQuery(
                        "select m from ReportingMandate m join fetch m.resolution where m.sessionOrdinal = :o"
                                + " and m.reportTo = 'CCPCJ' order by m.resolution.id, m.paragraph",
                        ReportingMandate.class)
                .setParameter("o", sessionOrdinal)
                .getResultList();
    }

    /** Whether a reporting cycle for that session covers the resolution: the mandate is being acted on. */
    @PermitAll
    public boolean hasCycle(int sessionOrdinal, long resolutionId) {
        return em.createQuery(
                                "select count(c) from ReportingCycle c join c.resolutions r"
                                        + " where c.session.ordinal = :o and r.id = :r",
                                Long.class)
                        .setParameter("o", sessionOrdinal)
                        .setParameter("r", resolutionId)
                        .getSingleResult()
                > 0;
    }

    @PermitAll
    public List<CommissionSession> sessions() {
        return em.createQuery("select s from CommissionSession s order by s.ordinal desc", CommissionSession.class)
                .getResultList();
    }

    @PermitAll
    public CommissionSession getSession(int ordinal) {
        return em.createQuery("select s from CommissionSession s where s.ordinal = :o", CommissionSession.class)
                .setParameter("o", ordinal)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Explanation.of("session.notFound", String.valueOf(ordinal))));
    }

    /** Follows "recalls" breadth-first through the catalogue, oldest links last; each resolution appears once. */
    private List<Resolution> chain(Resolution start) {
        List<Resolution> chain = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        seen.add(start.id());
        Deque<Resolution> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty() && chain.size() < MAX_CHAIN) {
            Resolution current = queue.removeFirst();
            for (String number : sorted(current.citedResolutions())) {
                findByNumber(number).filter(r -> seen.add(r.id())).ifPresent(r -> {
                    chain.add(r);
                    queue.addLast(r);
                });
            }
        }
        return chain;
    }

    private Resolution create(ParsedResolution structure, String sourceText, Resolution parent) {
        if (structure.status() == ResolutionStatus.ADOPTED && structure.number() != null) {
            findByNumber(structure.number()).ifPresent(existing -> {
                throw new BusinessException(Explanation.of(
                        "resolution.alreadyInCatalogue", structure.number(), String.valueOf(existing.id())));
            });
        }
        Resolution resolution;
        try {
            resolution = new Resolution(
                    required(structure.body(), Explanation.of("resolution.give.body")),
                    structure.number(),
                    structure.title(),
                    required(structure.status(), Explanation.of("resolution.give.status")),
                    Instant.now(clock));
            fill(resolution, structure);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        resolution.keepSourceText(sourceText);
        resolution.touch(actor(), Instant.now(clock));
        if (parent != null) {
            resolution.nestIn(parent);
        }
        em.persist(resolution);
        linkMandatesToSessions(resolution);
        em.flush();
        em.persist(new ResolutionRevision(
                resolution.id(),
                Instant.now(clock),
                actor(),
                parent == null ? "Created from the text" : "Created as the draft contained in " + parent.number()));
        return resolution;
    }

    private void fill(Resolution resolution, ParsedResolution structure) {
        if (structure.operative().isEmpty()) {
            throw new InvalidInputException(Explanation.of("resolution.noOperativeParagraph"));
        }
        try {
            resolution.retitle(structure.title());
            resolution.describe(
                    structure.symbol(),
                    structure.adoptionDate(),
                    structure.meeting(),
                    structure.session(),
                    structure.agendaItem(),
                    structure.sponsors());
            resolution.replacePreamble(structure.preamble().stream()
                    .map(p -> new PreambleClause(p.opening(), p.text()))
                    .toList());
            resolution.clearOperativeParagraphs();
            em.flush();
            for (OperativeParagraph p : structure.operative()) {
                resolution.addOperativeParagraph(
                        p.number(),
                        p.verb(),
                        p.addressees(),
                        p.addresseeText(),
                        p.text(),
                        p.directives().stream()
                                .map(d -> new Directive(d.verb(), d.addressees(), d.addresseeText()))
                                .toList(),
                        p.subparagraphs().stream()
                                .map(s -> new SubParagraph(s.label(), s.text()))
                                .toList());
            }
            resolution.replaceFootnotes(structure.footnotes().stream()
                    .map(f -> new Footnote(f.marker(), f.text()))
                    .toList());
            resolution.replaceCitations(structure.citedResolutions());
            resolution.replaceInstruments(structure.instruments());
            resolution.clearMandates();
            for (ReportingRequest request : structure.reportingRequests()) {
                resolution.addMandate(request.paragraph(), request.reporter(), request.reportTo(), request.session());
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(RejectedArgument.explain(e));
        }
        if (resolution.id() != null) {
            linkMandatesToSessions(resolution);
        }
    }

    private void linkMandatesToSessions(Resolution resolution) {
        for (ReportingMandate mandate : resolution.mandates()) {
            if (mandate.isForCommission() && mandate.sessionOrdinal() != null) {
                em.createQuery("select s from CommissionSession s where s.ordinal = :o", CommissionSession.class)
                        .setParameter("o", mandate.sessionOrdinal())
                        .getResultStream()
                        .findFirst()
                        .ifPresent(mandate::fallsOn);
            }
        }
    }

    private static List<String> changes(Resolution before, ParsedResolution after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "title", before.title(), after.title());
        compare(changes, "symbol", before.symbol(), after.symbol());
        compare(changes, "adoption date", before.adoptionDate(), after.adoptionDate());
        compare(changes, "agenda item", before.agendaItem(), after.agendaItem());
        compare(
                changes,
                "preamble paragraphs",
                before.preamble().size(),
                after.preamble().size());
        compare(
                changes,
                "operative paragraphs",
                before.operative().size(),
                after.operative().size());
        Map<Integer, org.unodc.rt.domain.resolution.OperativeParagraph> old = new HashMap<>();
        before.operative().forEach(p -> old.put(p.number(), p));
        for (OperativeParagraph p : after.operative()) {
            org.unodc.rt.domain.resolution.OperativeParagraph was = old.get(p.number());
            if (was != null) {
                compare(changes, "para. " + p.number() + " verb", was.verb(), p.verb());
                compare(changes, "para. " + p.number() + " addressees", was.addressees(), p.addressees());
                if (!was.text().equals(p.text() == null ? null : p.text().strip())) {
                    changes.add("para. " + p.number() + " text");
                }
            }
        }
        compare(
                changes,
                "reporting requests",
                before.mandates().size(),
                after.reportingRequests().size());
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        if (before == null ? after != null : !before.equals(after)) {
            changes.add(field + ": " + shorten(before) + " -> " + shorten(after));
        }
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static <T> T required(T value, Explanation what) {
        if (value == null) {
            throw new InvalidInputException(Explanation.of("resolution.give", what));
        }
        return value;
    }

    private static List<String> sorted(Set<String> numbers) {
        return numbers.stream().sorted().toList();
    }

    private static String describe(Resolution resolution) {
        return (resolution.number() == null ? "draft" : resolution.number()) + ": " + resolution.title();
    }

    private String actor() {
        return caller.isAnonymous() ? "system" : caller.name();
    }
}
