package org.unodc.rt.domain.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;

/** "Document A amends / repeals / implements document B"; the reverse reading is derived, never stored. */
@Entity
@Table(name = "library_link")
public class LibraryLink {

    public enum Relation {
        AMENDS,
        REPEALS,
        IMPLEMENTS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_id", nullable = false)
    private LibraryDocument from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_id", nullable = false)
    private LibraryDocument to;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", length = 20, nullable = false)
    private Relation relation;

    protected LibraryLink() {}

    public LibraryLink(LibraryDocument from, Relation relation, LibraryDocument to) {
        if (from == to || (from.id() != null && from.id().equals(to.id()))) {
            throw new RejectedArgument(Explanation.of("library.linkToItself." + relation.name()));
        }
        this.from = from;
        this.to = to;
        this.relation = relation;
    }

    public Long id() {
        return id;
    }

    public LibraryDocument from() {
        return from;
    }

    public LibraryDocument to() {
        return to;
    }

    public Relation relation() {
        return relation;
    }

    /** Whether the link is recorded from the document: "it amends …" rather than "… amends it". */
    public boolean isFrom(LibraryDocument document) {
        return from.id().equals(document.id());
    }

    /** The document at the other end of the link from this one. */
    public LibraryDocument otherEnd(LibraryDocument document) {
        return isFrom(document) ? to : from;
    }

    /** The relation as read from the document's side: {@code AMENDS}, or {@code AMENDS_BY} from the other end. */
    public String relationFrom(LibraryDocument document) {
        return isFrom(document) ? relation.name() : relation.name() + "_BY";
    }
}
