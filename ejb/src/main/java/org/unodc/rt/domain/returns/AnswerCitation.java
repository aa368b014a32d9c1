package org.unodc.rt.domain.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.library.LibraryDocument;

/**
 * A library document an answer cites as the legislation that implements the paragraph. Complements the free-text
 * "cited legislation" of the answer, which the reports read; made only by {@link ImplementationReturn#cite}.
 */
@Entity
@Table(name = "answer_citation")
public class AnswerCitation implements AnswerEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private ImplementationReturn implementationReturn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private LibraryDocument document;

    @Column(name = "cited_by", length = 100, nullable = false, updatable = false)
    private String citedBy;

    @Column(name = "cited_at", nullable = false, updatable = false)
    private Instant citedAt;

    protected AnswerCitation() {}

    AnswerCitation(
            ImplementationReturn implementationReturn,
            Question question,
            LibraryDocument document,
            String citedBy,
            Instant citedAt) {
        this.implementationReturn = Objects.requireNonNull(implementationReturn);
        this.question = Objects.requireNonNull(question);
        this.document = Objects.requireNonNull(document);
        this.citedBy = Objects.requireNonNull(citedBy);
        this.citedAt = Objects.requireNonNull(citedAt);
    }

    public Long id() {
        return id;
    }

    @Override
    public ImplementationReturn implementationReturn() {
        return implementationReturn;
    }

    @Override
    public Question question() {
        return question;
    }

    public LibraryDocument document() {
        return document;
    }

    public String citedBy() {
        return citedBy;
    }

    public Instant citedAt() {
        return citedAt;
    }
}
