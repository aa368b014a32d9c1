package org.unodc.rt.domain.resolution;

import java.util.List;
import java.util.Optional;

/** The repository of the resolution catalogue, with each resolution's revision history and reporting mandates. */
public interface Resolutions {

    Optional<Resolution> find(long id);

    /** A resolution by its document symbol, e.g. {@code E/RES/2013/38} or {@code E/CN.15/2019/L.5}. */
    Optional<Resolution> findBySymbol(String symbol);

    /**
     * A top-level resolution (not a draft nested in another) without symbol or number, by its body, status and
     * title, compared without regard to case or spacing.
     */
    Optional<Resolution> findUnnumbered(
            org.unodc.rt.domain.resolution.text.ResolutionBody body,
            org.unodc.rt.domain.resolution.text.ResolutionStatus status,
            String title);

    /** An adopted resolution by its number, e.g. {@code 2013/38}. */
    Optional<Resolution> findByNumber(String number);

    /** The list narrowed by the filter, the latest adopted first. */
    List<ResolutionSummary> list(ResolutionFilter filter);

    /** Every resolution in the order it was added, for picking the ones a cycle covers. */
    List<ResolutionSummary> all();

    /** Resolutions with a reporting mandate on that Commission session. */
    List<ResolutionSummary> mandatedFor(int sessionOrdinal);

    /** The reporting mandates that fall on a Commission session, by resolution and paragraph. */
    List<ReportingMandate> mandatesFor(int sessionOrdinal);

    /** The drafts a resolution contains (one it recommends to the General Assembly). */
    List<Resolution> nestedIn(long id);

    /** Resolutions that recall the one with this number. */
    List<Resolution> recalling(String number);

    /** Changes to a resolution, the latest first. */
    List<ResolutionRevision> history(long id);

    /** Adds a resolution; its id is known on return. */
    void add(Resolution resolution);

    void add(ResolutionRevision revision);
}
