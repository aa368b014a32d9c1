package org.unodc.rt.domain.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One preambular paragraph with its opening phrase ("Recalling", "Deeply concerned" …). */
@Embeddable
public record PreambleClause(
        @Column(name = "opening", length = 300) String opening,
        @Column(name = "text", length = 20000, nullable = false) String text)
        implements java.io.Serializable {}
