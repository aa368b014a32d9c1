package org.unodc.rt.reports.data;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What States reported on one operative paragraph addressed to them: how many gave each
 * implementation status, and the extracts of accepted answers the synthesis quotes.
 *
 * @param counts States per status; a status that is absent counts zero
 */
public record ParagraphFindings(
        int paragraphNumber, String paragraphText, Map<ImplementationStatus, Integer> counts, List<Extract> extracts) {

    public ParagraphFindings {
        Objects.requireNonNull(paragraphText, "paragraphText");
        EnumMap<ImplementationStatus, Integer> copy = new EnumMap<>(ImplementationStatus.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        extracts = List.copyOf(extracts);
    }

    public int count(ImplementationStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** States that gave any status, "not applicable" included. */
    public int replies() {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().isReply())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }
}
