package org.unodc.rt.domain.resolution;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.resolution.AlignedText.Part;
import org.unodc.rt.domain.resolution.text.Addressee;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ResolutionBody;
import org.unodc.rt.domain.resolution.text.ResolutionStatus;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * A resolution of ECOSOC, the Commission or the General Assembly, or a draft before one of them. A draft that an
 * ECOSOC resolution recommends to the General Assembly is kept as its own resolution with {@link #parent()} set.
 */
@Entity
@Table(name = "resolution")
public class Resolution implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "symbol", length = 60)
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "body", length = 10, nullable = false)
    private ResolutionBody body;

    /** "2013/38", "22/1", "66/181": how other resolutions cite this one. Null for a draft. */
    @Column(name = "res_number", length = 20)
    private String number;

    @Column(name = "title", length = 1000, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ResolutionStatus status;

    @Column(name = "adoption_date")
    private LocalDate adoptionDate;

    @Column(name = "meeting", length = 300)
    private String meeting;

    @Column(name = "session_text", length = 300)
    private String sessionText;

    @Column(name = "agenda_item", length = 300)
    private String agendaItem;

    /** Sponsors of a draft in the order printed, separated by "; ". */
    @Column(name = "sponsors", length = 2000)
    private String sponsors;

    /** The text the resolution was read from, kept so the structure can be checked against it. */
    @Column(name = "source_text", length = 1000000)
    private String sourceText;

    /**
     * The language of the structure's own texts: the reference every other language version is aligned with (the
     * version loaded first, English for the resolutions read before versions existed).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", length = 2, nullable = false)
    private UnLanguage language = UnLanguage.EN;

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("language")
    private List<LanguageVersion> versions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Resolution parent;

    @ElementCollection
    @CollectionTable(name = "preamble_paragraph", joinColumns = @JoinColumn(name = "resolution_id"))
    @OrderColumn(name = "position")
    private List<PreambleClause> preamble = new ArrayList<>();

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<OperativeParagraph> operative = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "footnote", joinColumns = @JoinColumn(name = "resolution_id"))
    @OrderColumn(name = "position")
    private List<Footnote> footnotes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "resolution_citation", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "cited_number", length = 20)
    private Set<String> citedResolutions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "resolution_instrument", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "instrument_code", length = 20)
    private Set<String> instruments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "resolution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("paragraph")
    private List<ReportingMandate> mandates = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Version
    private int version;

    protected Resolution() {}

    public Resolution(ResolutionBody body, String number, String title, ResolutionStatus status, Instant now) {
        this.body = Objects.requireNonNull(body, "body");
        this.status = Objects.requireNonNull(status, "status");
        retitle(title);
        this.number = blankToNull(number);
        // An adopted resolution may still lack its number (texts printed without it); the secretariat adds it later.
        if (status == ResolutionStatus.DRAFT && this.number != null) {
            throw new RejectedArgument(Explanation.of("resolution.draftWithNumber", this.number));
        }
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    public void retitle(String title) {
        if (title == null || title.isBlank()) {
            throw new RejectedArgument(Explanation.of("resolution.titleMissing"));
        }
        this.title = title.strip();
    }

    public void describe(
            String symbol,
            LocalDate adoptionDate,
            String meeting,
            String sessionText,
            String agendaItem,
            List<String> sponsors) {
        this.symbol = blankToNull(symbol);
        this.adoptionDate = adoptionDate;
        this.meeting = blankToNull(meeting);
        this.sessionText = blankToNull(sessionText);
        this.agendaItem = blankToNull(agendaItem);
        this.sponsors = sponsors == null || sponsors.isEmpty() ? null : String.join("; ", sponsors);
    }

    public void keepSourceText(String sourceText) {
        this.sourceText = sourceText;
    }

    /** The language the structure was read in; it stays the reference once other versions are held. */
    public void writtenIn(UnLanguage language) {
        Objects.requireNonNull(language, "language");
        if (language != this.language && !versions.isEmpty()) {
            throw new IllegalStateException("The reference language is fixed once other versions are held.");
        }
        this.language = language;
    }

    /**
     * Holds a text of the resolution in one language (replacing the one held before), if it aligns with the
     * structure; otherwise refuses it with what differs and keeps nothing.
     */
    public VersionAlignment holdVersion(
            UnLanguage language, ParsedResolution text, String sourceText, String by, Instant now) {
        VersionAlignment alignment = VersionAlignment.of(this, text, language);
        if (!alignment.aligned()) {
            throw new MisalignedVersion(alignment);
        }
        // Replaced in place: a new row for the same language would meet the old one before its delete is flushed.
        LanguageVersion version = versions.stream()
                .filter(v -> v.language() == language)
                .findFirst()
                .orElseGet(() -> {
                    LanguageVersion added = new LanguageVersion(this, language);
                    versions.add(added);
                    return added;
                });
        version.take(text, sourceText, by, now);
        return alignment;
    }

    /** The languages the resolution can be read in: the reference and every version held, in the UN's order. */
    public List<UnLanguage> languages() {
        return Arrays.stream(UnLanguage.values())
                .filter(l -> l == language || version(l).isPresent())
                .toList();
    }

    public Optional<LanguageVersion> version(UnLanguage language) {
        return versions.stream().filter(v -> v.language() == language).findFirst();
    }

    /**
     * An operative paragraph's text (its introductory part) as the resolution holds it in a language: the structure's
     * own in the reference language, the version's in another; empty where the resolution has no such text.
     */
    public Optional<String> paragraphTextIn(int number, UnLanguage wanted) {
        Optional<String> held =
                version(wanted).flatMap(v -> v.find(Part.OPERATIVE, number, 0)).map(AlignedText::text);
        if (held.isPresent() || wanted != language) {
            return held;
        }
        return operative.stream()
                .filter(p -> p.number() == number)
                .map(OperativeParagraph::text)
                .findFirst();
    }

    /** The resolution's text in a language, passage by passage, the reference text wherever that language has none. */
    public ResolutionText textIn(UnLanguage wanted) {
        Optional<LanguageVersion> version = version(wanted);
        List<ResolutionText.Clause> preambleText = new ArrayList<>();
        for (int i = 0; i < preamble.size(); i++) {
            PreambleClause own = preamble.get(i);
            int position = i + 1;
            Optional<AlignedText> theirs = version.flatMap(v -> v.find(Part.PREAMBLE, position, 0));
            preambleText.add(new ResolutionText.Clause(
                    theirs.map(AlignedText::label).orElse(own.opening()), passage(theirs, wanted, own.text())));
        }
        List<ResolutionText.Paragraph> operativeText = new ArrayList<>();
        for (OperativeParagraph p : operative) {
            List<ResolutionText.Sub> subs = new ArrayList<>();
            List<SubParagraph> own = p.subparagraphs();
            for (int k = 0; k < own.size(); k++) {
                int position = k + 1;
                Optional<AlignedText> theirs = version.flatMap(v -> v.find(Part.SUBPARAGRAPH, p.number(), position));
                subs.add(new ResolutionText.Sub(
                        theirs.map(AlignedText::label).orElse(own.get(k).label()),
                        passage(theirs, wanted, own.get(k).text())));
            }
            Optional<AlignedText> theirs = version.flatMap(v -> v.find(Part.OPERATIVE, p.number(), 0));
            operativeText.add(new ResolutionText.Paragraph(
                    p.number(),
                    theirs.map(AlignedText::label).orElse(p.verb()),
                    passage(theirs, wanted, p.text()),
                    subs));
        }
        List<ResolutionText.Note> notes = new ArrayList<>();
        for (int i = 0; i < footnotes.size(); i++) {
            int position = i + 1;
            Optional<AlignedText> theirs = version.flatMap(v -> v.find(Part.FOOTNOTE, position, 0));
            notes.add(new ResolutionText.Note(
                    footnotes.get(i).marker(),
                    passage(theirs, wanted, footnotes.get(i).text())));
        }
        Passage titleText = version.map(LanguageVersion::title)
                .filter(t -> !t.isBlank())
                .map(t -> new Passage(t, wanted, false))
                .orElse(new Passage(title, language, language != wanted));
        return new ResolutionText(wanted, titleText, preambleText, operativeText, notes);
    }

    /** The version's passage if it has one, else the structure's own text, marked when not in the language wanted. */
    private Passage passage(Optional<AlignedText> theirs, UnLanguage wanted, String own) {
        return theirs.map(t -> new Passage(t.text(), wanted, false))
                .orElse(new Passage(own, language, language != wanted));
    }

    public void nestIn(Resolution parent) {
        if (parent == this) {
            throw new IllegalArgumentException("A resolution cannot contain itself.");
        }
        this.parent = parent;
    }

    public void replacePreamble(List<PreambleClause> clauses) {
        preamble.clear();
        preamble.addAll(clauses);
    }

    public OperativeParagraph addOperativeParagraph(
            int number,
            String verb,
            List<Addressee> addressees,
            String addresseeText,
            String text,
            List<Directive> directives,
            List<SubParagraph> subparagraphs) {
        if (operative.stream().anyMatch(p -> p.number() == number)) {
            throw new RejectedArgument(Explanation.of("resolution.paragraphTwice", String.valueOf(number)));
        }
        OperativeParagraph paragraph =
                new OperativeParagraph(this, number, verb, addressees, addresseeText, text, directives, subparagraphs);
        operative.add(paragraph);
        return paragraph;
    }

    public void clearOperativeParagraphs() {
        operative.clear();
    }

    public void replaceFootnotes(List<Footnote> notes) {
        footnotes.clear();
        footnotes.addAll(notes);
    }

    public void replaceCitations(Collection<String> numbers) {
        citedResolutions.clear();
        numbers.stream().filter(n -> !n.equals(number)).forEach(citedResolutions::add);
    }

    public void replaceInstruments(Collection<String> codes) {
        instruments.clear();
        instruments.addAll(codes);
    }

    public ReportingMandate addMandate(int paragraph, String reporter, String reportTo, Integer sessionOrdinal) {
        ReportingMandate mandate = new ReportingMandate(this, paragraph, reporter, reportTo, sessionOrdinal);
        mandates.add(mandate);
        return mandate;
    }

    public void clearMandates() {
        mandates.clear();
    }

    public void touch(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    /** Paragraphs States answer in returns, in order. */
    public List<OperativeParagraph> paragraphsForMemberStates() {
        return operative.stream()
                .filter(OperativeParagraph::directsMemberStates)
                .toList();
    }

    /** How pages and questionnaires name a resolution: its symbol, else body and number, else (a draft) its title. */
    /** Whether the resolution has neither symbol nor number (a draft), so its label is its title. */
    public boolean namedByTitle() {
        return symbol == null && number == null;
    }

    public static String label(String symbol, ResolutionBody body, String number, String title) {
        if (symbol != null) {
            return symbol;
        }
        return number != null ? body + " " + number : title;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public ResolutionBody body() {
        return body;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public ResolutionStatus status() {
        return status;
    }

    public LocalDate adoptionDate() {
        return adoptionDate;
    }

    public String meeting() {
        return meeting;
    }

    public String sessionText() {
        return sessionText;
    }

    public String agendaItem() {
        return agendaItem;
    }

    public List<String> sponsors() {
        return sponsors == null ? List.of() : List.of(sponsors.split("; "));
    }

    public String sourceText() {
        return sourceText;
    }

    public Resolution parent() {
        return parent;
    }

    public UnLanguage language() {
        return language;
    }

    public List<LanguageVersion> versions() {
        return List.copyOf(versions);
    }

    public List<PreambleClause> preamble() {
        return List.copyOf(preamble);
    }

    public List<OperativeParagraph> operative() {
        return List.copyOf(operative);
    }

    public List<Footnote> footnotes() {
        return List.copyOf(footnotes);
    }

    public Set<String> citedResolutions() {
        return Set.copyOf(citedResolutions);
    }

    public Set<String> instruments() {
        return Set.copyOf(instruments);
    }

    public List<ReportingMandate> mandates() {
        return List.copyOf(mandates);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public int version() {
        return version;
    }
}
