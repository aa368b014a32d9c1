package org.unodc.rt.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One value of a multi-valued field of a document: an instrument, an article, a crime type, a keyword … */
@Embeddable
public record Tag(
        @Enumerated(EnumType.STRING) @Column(name = "kind", length = 20, nullable = false) TagKind kind,
        @Column(name = "tag_value", length = 300, nullable = false) String value)
        implements java.io.Serializable {}
