package org.unodc.rt.domain.returns;

import java.io.Serializable;

/**
 * One answer of an accepted return on a resolution paragraph, as far as the reader may read it: the status only if the
 * State allowed statuses to be published (or the reader is the secretariat), the narrative only if it allowed
 * narratives to be.
 */
public record PublishedAnswer(
        long resolutionId, String resolutionSymbol, int paragraphNumber, ImplementationStatus status, String narrative)
        implements Serializable {}
