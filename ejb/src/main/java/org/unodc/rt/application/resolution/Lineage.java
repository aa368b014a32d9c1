package org.unodc.rt.application.resolution;

import java.util.List;
import org.unodc.rt.domain.resolution.Resolution;

/**
 * Where a resolution stands among the others: what it recalls and what recalls it, in the catalogue, plus the
 * numbers it cites that the catalogue does not hold yet; and the chain of earlier resolutions reached by following
 * "recalls" step by step (the 2019 draft recalls 2013/38, which recalls 2012/19 …).
 */
public record Lineage(
        List<Resolution> recalls,
        List<String> recallsNotInCatalogue,
        List<Resolution> recalledBy,
        List<Resolution> chain)
        implements java.io.Serializable {}
