package org.unodc.rt.domain.returns;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** One submission of a return, exactly as submitted. Never changed after it is written. */
@Entity
@Immutable
@Table(name = "return_version")
public class ReturnVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private ImplementationReturn implementationReturn;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", length = 100, nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "declaration", length = 1000, nullable = false, updatable = false)
    private String declaration;

    @Column(name = "on_time", nullable = false, updatable = false)
    private boolean onTime;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_version_answer", joinColumns = @JoinColumn(name = "version_id"))
    private List<AnswerSnapshot> answers = new ArrayList<>();

    protected ReturnVersion() {}

    ReturnVersion(
            ImplementationReturn implementationReturn,
            int number,
            Instant submittedAt,
            String submittedBy,
            String declaration,
            boolean onTime,
            List<AnswerSnapshot> answers) {
        this.implementationReturn = implementationReturn;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.declaration = declaration;
        this.onTime = onTime;
        this.answers = new ArrayList<>(answers);
        this.answers.sort(Comparator.comparingInt(AnswerSnapshot::questionPosition));
    }

    public Optional<AnswerSnapshot> answerTo(int questionPosition) {
        return answers.stream()
                .filter(a -> a.questionPosition() == questionPosition)
                .findFirst();
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String declaration() {
        return declaration;
    }

    public boolean onTime() {
        return onTime;
    }

    public List<AnswerSnapshot> answers() {
        return answers.stream()
                .sorted(Comparator.comparingInt(AnswerSnapshot::questionPosition))
                .toList();
    }
}
