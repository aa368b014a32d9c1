package org.unodc.rt.domain.resolution;

import java.time.LocalDate;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;

/** A resolution as lists show it, read without its paragraphs: enough to recognise and open it. */
public record ResolutionSummary(
        Long id,
        ResolutionBody body,
        String number,
        String symbol,
        String title,
        ResolutionStatus status,
        LocalDate adoptionDate,
        Long parentId)
        implements java.io.Serializable {

    /** See {@link Resolution#label}. */
    public String label() {
        return Resolution.label(symbol, body, number, title);
    }
}
