package org.unodc.rt.domain.resolution;

import org.unodc.rt.domain.resolution.text.ResolutionBody;

/** What the resolution list is narrowed to; every part is optional. */
public record ResolutionFilter(ResolutionBody body, Integer year, String instrument, String text) {

    public static ResolutionFilter all() {
        return new ResolutionFilter(null, null, null, null);
    }
}
