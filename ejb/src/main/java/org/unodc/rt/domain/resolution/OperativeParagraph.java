package org.unodc.rt.domain.resolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.resolution.text.Addressee;

/**
 * A numbered operative paragraph. Paragraphs that direct Member States, in their opening phrase or in a trailing
 * clause, become questions in implementation returns.
 */
@Entity
@Table(name = "operative_paragraph")
public class OperativeParagraph implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resolution_id", nullable = false)
    private Resolution resolution;

    @Column(name = "para_number", nullable = false)
    private int number;

    @Column(name = "verb", length = 300)
    private String verb;

    @Convert(converter = AddresseeListConverter.class)
    @Column(name = "addressees", length = 300)
    private List<Addressee> addressees = new ArrayList<>();

    @Column(name = "addressee_text", length = 1000)
    private String addresseeText;

    @Column(name = "text", length = 20000, nullable = false)
    private String text;

    @ElementCollection
    @CollectionTable(name = "paragraph_directive", joinColumns = @JoinColumn(name = "paragraph_id"))
    @OrderColumn(name = "position")
    private List<Directive> directives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "subparagraph", joinColumns = @JoinColumn(name = "paragraph_id"))
    @OrderColumn(name = "position")
    private List<SubParagraph> subparagraphs = new ArrayList<>();

    protected OperativeParagraph() {}

    OperativeParagraph(
            Resolution resolution,
            int number,
            String verb,
            List<Addressee> addressees,
            String addresseeText,
            String text,
            List<Directive> directives,
            List<SubParagraph> subparagraphs) {
        if (number < 1) {
            throw new RejectedArgument(Explanation.of("resolution.paragraphFromOne", String.valueOf(number)));
        }
        if (text == null || text.isBlank()) {
            throw new RejectedArgument(Explanation.of("resolution.paragraphWithoutText", String.valueOf(number)));
        }
        this.resolution = Objects.requireNonNull(resolution);
        this.number = number;
        this.verb = verb;
        this.addressees = new ArrayList<>(addressees == null ? List.of() : addressees);
        this.addresseeText = addresseeText;
        this.text = text.strip();
        this.directives = new ArrayList<>(directives == null ? List.of() : directives);
        this.subparagraphs = new ArrayList<>(subparagraphs == null ? List.of() : subparagraphs);
    }

    /** True when the paragraph asks something of Member States, so States report on it. */
    public boolean directsMemberStates() {
        return addressees.contains(Addressee.MEMBER_STATES)
                || directives.stream().anyMatch(d -> d.addressees().contains(Addressee.MEMBER_STATES));
    }

    public Long id() {
        return id;
    }

    public Resolution resolution() {
        return resolution;
    }

    public int number() {
        return number;
    }

    public String verb() {
        return verb;
    }

    public List<Addressee> addressees() {
        return List.copyOf(addressees);
    }

    public String addresseeText() {
        return addresseeText;
    }

    public String text() {
        return text;
    }

    public List<Directive> directives() {
        return List.copyOf(directives);
    }

    public List<SubParagraph> subparagraphs() {
        return List.copyOf(subparagraphs);
    }
}
