package org.unodc.rt.application.library;

import java.util.List;
import org.unodc.rt.domain.library.LibraryDocument;

/**
 * A document as its page shows it: the entity, its links both ways, the catalogue resolutions it responds to, and a
 * ready-made citation.
 */
public record DocumentView(
        LibraryDocument document,
        String countryName,
        List<LinkView> links,
        List<ResolutionRef> resolutions,
        String citation)
        implements java.io.Serializable {

    /** A typed link read from this document's side: "amends", "amended by" … */
    public record LinkView(String relation, long targetId, String targetTitle) implements java.io.Serializable {}

    /** A resolution (and paragraph) the document answers, with the catalogue id when the catalogue has it. */
    public record ResolutionRef(String reference, Long resolutionId) implements java.io.Serializable {}
}
