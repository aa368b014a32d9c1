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

/**
 * A file a State attached to one answer of its return as evidence. Made only by {@link ImplementationReturn#attach};
 * the bytes live on disk under {@link #storageKey()}, the row says what they are and who put them there.
 */
@Entity
@Table(name = "return_attachment")
public class ReturnAttachment implements AnswerEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    private ImplementationReturn implementationReturn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "file_name", length = 300, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = 150, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    /** A random name, never the uploader's: the file name is shown, not used as a path. */
    @Column(name = "storage_key", length = 100, nullable = false, updatable = false, unique = true)
    private String storageKey;

    @Column(name = "uploaded_by", length = 100, nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ReturnAttachment() {}

    ReturnAttachment(
            ImplementationReturn implementationReturn,
            Question question,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String storageKey,
            String uploadedBy,
            Instant uploadedAt) {
        this.implementationReturn = Objects.requireNonNull(implementationReturn);
        this.question = Objects.requireNonNull(question);
        this.fileName = Objects.requireNonNull(fileName).strip();
        this.mediaType = Objects.requireNonNull(mediaType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public boolean belongsTo(ImplementationReturn aReturn, Question toQuestion) {
        return implementationReturn.id() != null
                && implementationReturn.id().equals(aReturn.id())
                && question.is(toQuestion);
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

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
