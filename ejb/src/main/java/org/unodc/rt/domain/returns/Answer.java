package org.unodc.rt.domain.returns;

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
import java.time.Instant;
import java.util.Objects;
import org.unodc.rt.domain.cycle.Question;

/** The current (draft) answer of a return to one question. Submitted answers live on in {@link ReturnVersion}. */
@Entity
@Table(name = "return_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    private ImplementationReturn implementationReturn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Enumerated(EnumType.STRING)
    @Column(name = "impl_status", length = 30)
    private ImplementationStatus status;

    @Column(name = "narrative", length = AnswerContent.MAX_TEXT)
    private String narrative;

    @Column(name = "measures", length = AnswerContent.MAX_TEXT)
    private String measures;

    @Column(name = "legislation", length = AnswerContent.MAX_TEXT)
    private String legislation;

    /** The UN language of the texts (see {@link AnswerContent#language()}); null while there is no text. */
    @Column(name = "language", length = 10)
    private String language;

    /** Taken over from the State's accepted answer in the previous cycle and not yet changed. */
    @Column(name = "carried_over", nullable = false)
    private boolean carriedOver;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    protected Answer() {}

    Answer(ImplementationReturn implementationReturn, Question question) {
        this.implementationReturn = Objects.requireNonNull(implementationReturn);
        this.question = Objects.requireNonNull(question);
    }

    /** Returns true when the content changed. */
    boolean change(AnswerContent content, boolean carriedOver, String user, Instant now) {
        if (content.sameAs(content()) && this.carriedOver == carriedOver && updatedAt != null) {
            return false;
        }
        this.status = content.status();
        this.narrative = content.narrative();
        this.measures = content.measures();
        this.legislation = content.legislation();
        this.language = content.language();
        this.carriedOver = carriedOver;
        this.updatedBy = user;
        this.updatedAt = now;
        return true;
    }

    public AnswerContent content() {
        return new AnswerContent(status, narrative, measures, legislation, language);
    }

    public Long id() {
        return id;
    }

    public Question question() {
        return question;
    }

    public ImplementationStatus status() {
        return status;
    }

    public String narrative() {
        return narrative;
    }

    public String measures() {
        return measures;
    }

    public String legislation() {
        return legislation;
    }

    public String language() {
        return language;
    }

    public boolean carriedOver() {
        return carriedOver;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
