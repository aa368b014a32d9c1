package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A footnote as printed, with its marker ("1", "2" …). */
@Embeddable
public record Footnote(
        @Column(name = "marker", length = 10, nullable = false) String marker,
        @Column(name = "text", length = 10000, nullable = false) String text)
        implements java.io.Serializable {}
