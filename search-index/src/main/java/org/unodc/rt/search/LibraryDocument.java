package org.unodc.rt.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A document of the library as the index sees it; the ejb module assembles it from its entities.
 *
 * @param id the database id, as text; re-indexing the same id replaces the document
 * @param country ISO 3166-1 alpha-3 code, or {@code INT} (international) or {@code REG} (regional)
 * @param regionalGroup the UN regional group, e.g. {@code African States}; may be null
 * @param titleOriginal the title in the document's original language, the first of {@code languages}
 * @param titleEnglish may be null
 * @param date may be null; when set and {@code year} is null, the year is taken from it
 * @param languages ISO 639-1 codes; the first is the original language
 * @param status may be null (only legislation has one)
 * @param instruments e.g. {@code UNTOC}, {@code Firearms Protocol}
 * @param articles instrument and article, e.g. {@code UNTOC art. 6}; the instrument facet also takes
 *     the part before {@code " art."}
 * @param crimeTypes codes from the controlled list, e.g. {@code money-laundering}
 * @param resolutions resolution and paragraph, e.g. {@code 2013/38 para. 6}
 * @param texts the body text per language (ISO 639-1 code to text); languages other than the six UN
 *     ones are indexed language-neutrally
 */
public record LibraryDocument(
        String id,
        DocumentType type,
        String country,
        String regionalGroup,
        String titleOriginal,
        String titleEnglish,
        LocalDate date,
        Integer year,
        List<String> languages,
        DocumentStatus status,
        Set<String> instruments,
        Set<String> articles,
        Set<String> crimeTypes,
        Set<String> resolutions,
        List<DocumentLink> links,
        Set<String> keywords,
        String sourceUrl,
        Map<String, String> texts) {

    public LibraryDocument {
        requireText(id, "id");
        Objects.requireNonNull(type, "type");
        requireText(country, "country");
        requireText(titleOriginal, "titleOriginal");
        if (year == null && date != null) {
            year = date.getYear();
        }
        languages = List.copyOf(languages == null ? List.of() : languages);
        instruments = copy(instruments);
        articles = copy(articles);
        crimeTypes = copy(crimeTypes);
        resolutions = copy(resolutions);
        links = List.copyOf(links == null ? List.of() : links);
        keywords = copy(keywords);
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts == null ? Map.of() : texts));
    }

    /** The original language: the first of {@link #languages()}, or {@code und} if none is given. */
    public String originalLanguage() {
        return languages.isEmpty() ? "und" : languages.get(0);
    }

    public static Builder builder(String id, DocumentType type, String country, String titleOriginal) {
        return new Builder(id, type, country, titleOriginal);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static Set<String> copy(Set<String> values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values == null ? Set.of() : values));
    }

    /** Builds a document step by step; only id, type, country and original title are required. */
    public static final class Builder {
        private final String id;
        private final DocumentType type;
        private final String country;
        private final String titleOriginal;
        private String regionalGroup;
        private String titleEnglish;
        private LocalDate date;
        private Integer year;
        private final List<String> languages = new ArrayList<>();
        private DocumentStatus status;
        private final Set<String> instruments = new LinkedHashSet<>();
        private final Set<String> articles = new LinkedHashSet<>();
        private final Set<String> crimeTypes = new LinkedHashSet<>();
        private final Set<String> resolutions = new LinkedHashSet<>();
        private final List<DocumentLink> links = new ArrayList<>();
        private final Set<String> keywords = new LinkedHashSet<>();
        private String sourceUrl;
        private final Map<String, String> texts = new LinkedHashMap<>();

        private Builder(String id, DocumentType type, String country, String titleOriginal) {
            this.id = id;
            this.type = type;
            this.country = country;
            this.titleOriginal = titleOriginal;
        }

        public Builder regionalGroup(String value) {
            this.regionalGroup = value;
            return this;
        }

        public Builder titleEnglish(String value) {
            this.titleEnglish = value;
            return this;
        }

        public Builder date(LocalDate value) {
            this.date = value;
            return this;
        }

        public Builder year(Integer value) {
            this.year = value;
            return this;
        }

        public Builder languages(String... codes) {
            languages.addAll(Arrays.asList(codes));
            return this;
        }

        public Builder status(DocumentStatus value) {
            this.status = value;
            return this;
        }

        public Builder instruments(String... values) {
            instruments.addAll(Arrays.asList(values));
            return this;
        }

        public Builder articles(String... values) {
            articles.addAll(Arrays.asList(values));
            return this;
        }

        public Builder crimeTypes(String... values) {
            crimeTypes.addAll(Arrays.asList(values));
            return this;
        }

        public Builder crimeTypes(Collection<String> values) {
            crimeTypes.addAll(values);
            return this;
        }

        public Builder resolutions(String... values) {
            resolutions.addAll(Arrays.asList(values));
            return this;
        }

        public Builder link(DocumentLink.Relation relation, String targetId) {
            links.add(new DocumentLink(relation, targetId));
            return this;
        }

        public Builder keywords(String... values) {
            keywords.addAll(Arrays.asList(values));
            return this;
        }

        public Builder sourceUrl(String value) {
            this.sourceUrl = value;
            return this;
        }

        /** The body text in one language; the language is added to {@code languages} if missing. */
        public Builder text(String language, String text) {
            texts.put(language, text);
            if (!languages.contains(language)) {
                languages.add(language);
            }
            return this;
        }

        public LibraryDocument build() {
            return new LibraryDocument(
                    id,
                    type,
                    country,
                    regionalGroup,
                    titleOriginal,
                    titleEnglish,
                    date,
                    year,
                    languages,
                    status,
                    instruments,
                    articles,
                    crimeTypes,
                    resolutions,
                    links,
                    keywords,
                    sourceUrl,
                    texts);
        }
    }
}
