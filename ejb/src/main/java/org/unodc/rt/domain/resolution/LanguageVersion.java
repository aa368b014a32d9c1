package org.unodc.rt.domain.resolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unodc.rt.domain.resolution.AlignedText.Part;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The text of a resolution in one of the six languages, aligned paragraph by paragraph with the resolution's one
 * structure (see {@link VersionAlignment}). Only the words are kept here, with the opening phrases and verbs as
 * this language writes them; numbers, addressees and mandates belong to the structure.
 */
@Entity
@Table(name = "resolution_version")
public class LanguageVersion implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private UnLanguage language;

    @Column(name = "title", length = 1000)
    private String title;

    /** The text as pasted or extracted from the upload, kept so the alignment can be checked against it. */
    @Column(name = "source_text", length = 1000000)
    private String sourceText;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    @Column(name = "held_by", length = 100, nullable = false)
    private String heldBy;

    @ElementCollection
    @CollectionTable(name = "resolution_version_text", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<AlignedText> texts = new ArrayList<>();

    protected LanguageVersion() {}

    LanguageVersion(Resolution resolution, UnLanguage language) {
        this.resolution = Objects.requireNonNull(resolution);
        this.language = Objects.requireNonNull(language);
    }

    /** Takes the words of an aligned text, replacing those held before. */
    void take(ParsedResolution text, String sourceText, String by, Instant now) {
        this.title = text.title();
        this.sourceText = sourceText;
        this.heldBy = Objects.requireNonNull(by);
        this.heldAt = Objects.requireNonNull(now);
        texts.clear();
        for (int i = 0; i < text.preamble().size(); i++) {
            texts.add(new AlignedText(
                    Part.PREAMBLE,
                    i + 1,
                    0,
                    text.preamble().get(i).opening(),
                    text.preamble().get(i).text()));
        }
        for (OperativeParagraph p : text.operative()) {
            texts.add(new AlignedText(Part.OPERATIVE, p.number(), 0, p.verb(), p.text()));
            for (int k = 0; k < p.subparagraphs().size(); k++) {
                var sub = p.subparagraphs().get(k);
                texts.add(new AlignedText(Part.SUBPARAGRAPH, p.number(), k + 1, sub.label(), sub.text()));
            }
        }
        for (int i = 0; i < text.footnotes().size(); i++) {
            var note = text.footnotes().get(i);
            texts.add(new AlignedText(Part.FOOTNOTE, i + 1, 0, note.marker(), note.text()));
        }
    }

    Optional<AlignedText> find(Part part, int paragraph, int sub) {
        return texts.stream().filter(t -> t.is(part, paragraph, sub)).findFirst();
    }

    public int preambleCount() {
        return (int) texts.stream().filter(t -> t.part() == Part.PREAMBLE).count();
    }

    public int operativeCount() {
        return (int) texts.stream().filter(t -> t.part() == Part.OPERATIVE).count();
    }

    public Long id() {
        return id;
    }

    public UnLanguage language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String sourceText() {
        return sourceText;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public String heldBy() {
        return heldBy;
    }

    public List<AlignedText> texts() {
        return List.copyOf(texts);
    }
}
