package org.unodc.rt.reports.data;

import java.util.Objects;

/** How many States of one regional group were asked, and how many replied. */
public record RegionalReplies(RegionalGroup group, int replied, int asked) {

    public RegionalReplies {
        Objects.requireNonNull(group, "group");
        if (replied < 0 || asked < 0 || replied > asked) {
            throw new IllegalArgumentException(group + ": " + replied + " replies out of " + asked);
        }
    }
}
