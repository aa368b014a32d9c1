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

/** The secretariat's remark on one answer of a submitted version (or, without a question, on the whole return). */
@Entity
@Table(name = "review_comment")
public class ReviewComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false)
    private ImplementationReturn implementationReturn;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "question_position")
    private Integer questionPosition;

    @Column(name = "author", length = 100, nullable = false)
    private String author;

    @Column(name = "body", length = 20000, nullable = false)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ReviewComment() {}

    ReviewComment(
            ImplementationReturn implementationReturn,
            int versionNumber,
            Integer questionPosition,
            String author,
            String body,
            Instant writtenAt) {
        this.implementationReturn = implementationReturn;
        this.versionNumber = versionNumber;
        this.questionPosition = questionPosition;
        this.author = author;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long id() {
        return id;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public Integer questionPosition() {
        return questionPosition;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
