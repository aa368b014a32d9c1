package org.unodc.rt.domain.returns;

import java.io.Serializable;

/**
 * What a State allows the public to read of its return once the secretariat has accepted it, chosen when it submits.
 * By default the implementation statuses are published and the narratives (with the measures and legislation the
 * State describes) are not. The secretariat reads everything whatever the State chose.
 *
 * @param statuses whether the implementation status of each paragraph may be published
 * @param narratives whether what the State wrote (narrative, measures, legislation) may be published
 */
public record Publication(boolean statuses, boolean narratives) implements Serializable {

    /** Statuses published, narratives not: what a State that says nothing allows. */
    public static final Publication DEFAULT = new Publication(true, false);
}
