package org.unodc.rt.search;

import java.util.Objects;

/** A typed link from one library document to another, e.g. this law amends document 42. */
public record DocumentLink(Relation relation, String targetId) {

    public enum Relation {
        AMENDS,
        AMENDED_BY,
        REPEALS,
        REPEALED_BY,
        IMPLEMENTS,
        IMPLEMENTED_BY
    }

    public DocumentLink {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(targetId, "targetId");
    }
}
