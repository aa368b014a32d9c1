package org.unodc.rt.domain.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;
import org.unodc.rt.domain.RuleViolation;
import org.unodc.rt.search.CrimeType;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;

/**
 * A document of the library. The secretariat creates it as unpublished, completes it, publishes it; the public sees
 * only published documents. Only legislation has a status (in force, amended, repealed).
 */
@Entity
@Table(name = "library_document")
public class LibraryDocument implements java.io.Serializable {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** Long enough for any law we have met; longer extracted texts are cut, the original file stays whole. */
    public static final int MAX_TEXT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", length = 30, nullable = false)
    private DocumentType type;

    /** ISO 3166 alpha-3, or INT (international) or REG (regional). */
    @Column(name = "country", length = 3, nullable = false)
    private String country;

    @Column(name = "title_original", length = 1000, nullable = false)
    private String titleOriginal;

    @Column(name = "title_english", length = 1000)
    private String titleEnglish;

    @Column(name = "doc_date")
    private LocalDate date;

    @Column(name = "doc_year")
    private Integer year;

    /** ISO 639 codes separated by commas; the first is the original language. */
    @Column(name = "languages", length = 100, nullable = false)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20)
    private DocumentStatus status;

    @Column(name = "source_url", length = 2000)
    private String sourceUrl;

    @Column(name = "body_text", length = MAX_TEXT)
    private String text;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "file_name", length = 300)
    private String fileName;

    @Column(name = "file_media_type", length = 150)
    private String fileMediaType;

    @Column(name = "file_size")
    private Long fileSize;

    /** The original file is kept on disk under this digest, so the same file is stored once. */
    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @ElementCollection
    @CollectionTable(name = "library_tag", joinColumns = @JoinColumn(name = "document_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100, nullable = false)
    private String updatedBy;

    @Version
    private int version;

    /**
     * The keyword that marks a text a State described in a return because it was not in the library yet: the
     * secretariat completes it (text, date, status) and publishes it.
     */
    public static final String DESCRIBED_IN_RETURN = "described in a return: to complete";

    protected LibraryDocument() {}

    /**
     * A law a State cites in a return that the library does not have yet: unpublished legislation of the State with
     * what the State said about it (title, year, an address), marked {@link #DESCRIBED_IN_RETURN}.
     */
    public static LibraryDocument describedInReturn(
            String iso3, String title, Integer year, String sourceUrl, String language, String by, Instant now) {
        if (year != null
                && (year < 1800 || year > now.atZone(java.time.ZoneOffset.UTC).getYear() + 1)) {
            throw new RejectedArgument(Explanation.of("library.yearImplausible", String.valueOf(year)));
        }
        if (title != null && title.strip().length() > 1000) {
            throw new RejectedArgument(Explanation.of("library.titleTooLong"));
        }
        LibraryDocument document =
                new LibraryDocument(DocumentType.LEGISLATION, iso3, title, List.of(language), by, now);
        document.describe(DocumentType.LEGISLATION, iso3, title, null, null, year, List.of(language), null, sourceUrl);
        document.replaceTags(TagKind.KEYWORD, Set.of(DESCRIBED_IN_RETURN));
        return document;
    }

    /** Whether the State described this text in a return and the secretariat has not published it yet. */
    public boolean describedInReturnBy(String iso3) {
        return !published
                && country.equals(iso3)
                && tags.stream().anyMatch(t -> t.kind() == TagKind.KEYWORD && DESCRIBED_IN_RETURN.equals(t.value()));
    }

    public LibraryDocument(
            DocumentType type, String country, String titleOriginal, List<String> languages, String by, Instant now) {
        this.createdAt = now;
        describe(type, country, titleOriginal, null, null, null, languages, null, null);
        touch(by, now);
    }

    /** Sets the descriptive metadata, checking each field; the message says which field is wrong and why. */
    public void describe(
            DocumentType type,
            String country,
            String titleOriginal,
            String titleEnglish,
            LocalDate date,
            Integer year,
            List<String> languages,
            DocumentStatus status,
            String sourceUrl) {
        this.type = Objects.requireNonNull(type, "type");
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new RejectedArgument(Explanation.of("library.countryMalformed", String.valueOf(country)));
        }
        if (titleOriginal == null || titleOriginal.isBlank()) {
            throw new RejectedArgument(Explanation.of("library.titleMissing"));
        }
        if (languages == null || languages.isEmpty()) {
            throw new RejectedArgument(Explanation.of("library.languageMissing"));
        }
        for (String language : languages) {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                throw new RejectedArgument(Explanation.of("library.languageMalformed", String.valueOf(language)));
            }
        }
        if (status != null && type != DocumentType.LEGISLATION) {
            throw new RejectedArgument(Explanation.of("library.statusOnlyForLegislation"));
        }
        if (year != null && date != null && date.getYear() != year) {
            throw new RejectedArgument(
                    Explanation.of("library.yearMismatch", String.valueOf(year), String.valueOf(date)));
        }
        if (sourceUrl != null && !sourceUrl.isBlank() && !sourceUrl.matches("(?i)https?://\\S+")) {
            throw new RejectedArgument(Explanation.of("library.sourceNotWeb"));
        }
        this.country = code;
        this.titleOriginal = titleOriginal.strip();
        this.titleEnglish = titleEnglish == null || titleEnglish.isBlank() ? null : titleEnglish.strip();
        this.date = date;
        this.year = year != null ? year : date == null ? null : date.getYear();
        this.languages = String.join(",", languages);
        this.status = status;
        this.sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip();
    }

    /** Whether the document has a text to show and search (typed, or extracted from its original). */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public void replaceText(String text) {
        this.text = text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /**
     * Replaces the tags of one kind. Crime types come from the controlled list ({@link CrimeType}), so that the facet
     * counts what it says and every value has a label in the six languages.
     */
    public void replaceTags(TagKind kind, Set<String> values) {
        if (kind == TagKind.CRIME_TYPE) {
            for (String value : values) {
                if (value != null
                        && !value.isBlank()
                        && CrimeType.fromCode(value.strip()).isEmpty()) {
                    throw new RejectedArgument(Explanation.of(
                            "library.crimeTypeUnknown",
                            value,
                            Arrays.stream(CrimeType.values())
                                    .map(CrimeType::code)
                                    .collect(Collectors.joining(", "))));
                }
            }
        }
        tags.removeIf(t -> t.kind() == kind);
        values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(v -> new Tag(kind, v.strip()))
                .forEach(tags::add);
    }

    public void attachOriginal(String fileName, String mediaType, long size, String sha256) {
        this.fileName = fileName;
        this.fileMediaType = mediaType;
        this.fileSize = size;
        this.fileSha256 = sha256;
    }

    public void publish() {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(Explanation.of("library.publishWithoutText"));
        }
        published = true;
    }

    public void withdraw() {
        published = false;
    }

    public void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Set<String> tags(TagKind kind) {
        Set<String> values = new LinkedHashSet<>();
        tags.stream().filter(t -> t.kind() == kind).map(Tag::value).sorted().forEach(values::add);
        return values;
    }

    public List<String> languages() {
        return Arrays.asList(languages.split(","));
    }

    public String originalLanguage() {
        return languages().get(0);
    }

    public Long id() {
        return id;
    }

    public DocumentType type() {
        return type;
    }

    public String country() {
        return country;
    }

    public String titleOriginal() {
        return titleOriginal;
    }

    public String titleEnglish() {
        return titleEnglish;
    }

    public LocalDate date() {
        return date;
    }

    public Integer year() {
        return year;
    }

    public DocumentStatus status() {
        return status;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public String text() {
        return text;
    }

    public boolean published() {
        return published;
    }

    public String fileName() {
        return fileName;
    }

    public String fileMediaType() {
        return fileMediaType;
    }

    public Long fileSize() {
        return fileSize;
    }

    public String fileSha256() {
        return fileSha256;
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
