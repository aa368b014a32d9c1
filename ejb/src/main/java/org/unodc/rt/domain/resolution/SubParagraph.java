package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A lettered sub-paragraph, "(a)", "(b)" … */
@Embeddable
public record SubParagraph(
        @Column(name = "label", length = 20, nullable = false) String label,
        @Column(name = "text", length = 20000, nullable = false) String text)
        implements java.io.Serializable {}
