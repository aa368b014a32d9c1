package org.unodc.rt.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.unodc.rt.search.analysis.Languages;

/**
 * The fields of a library document in Lucene, and how a {@link LibraryDocument} becomes one.
 * Public so that benchmarks and tools such as Luke can name the fields; the application goes
 * through {@link LibraryIndex}.
 */
public final class IndexSchema {

    /** Exact key, indexed as one token: re-indexing and deleting address a document by it. */
    public static final String ID = "id";

    /** Epoch day as doc values: only sorted on, never searched, so no postings. */
    public static final String DATE = "date";

    /** Both titles, language-neutral: the prefix search behind title suggestions. */
    public static final String SUGGEST = "suggest_xx";

    /** Keywords and references to instruments and resolutions: searchable, language-neutral. */
    public static final String KEYWORDS = "keywords_xx";

    public static final String REFERENCES = "refs_xx";

    /** Typed links as {@code relation:targetId} tokens, for "what amends this law?" lookups. */
    public static final String LINK = "link";

    // Stored only, to show a hit without going back to the database.
    static final String STORED_TITLE_ORIGINAL = "titleOriginal";
    static final String STORED_TITLE_ENGLISH = "titleEnglish";
    static final String STORED_COUNTRY = "country";
    static final String STORED_TYPE = "type";
    static final String STORED_YEAR = "year";
    static final String STORED_LANGUAGE = "language";

    public static final List<String> TITLE_FIELDS =
            Languages.SUFFIXES.stream().map(IndexSchema::title).toList();
    public static final List<String> BODY_FIELDS =
            Languages.SUFFIXES.stream().map(IndexSchema::body).toList();

    /** What the search box searches. */
    public static final List<String> SEARCH_FIELDS;

    /** A word in the title says more about a document than the same word in its body. */
    public static final Map<String, Float> BOOSTS;

    static {
        List<String> fields = new ArrayList<>(TITLE_FIELDS);
        fields.addAll(BODY_FIELDS);
        fields.add(KEYWORDS);
        fields.add(REFERENCES);
        SEARCH_FIELDS = List.copyOf(fields);
        Map<String, Float> boosts = new LinkedHashMap<>();
        TITLE_FIELDS.forEach(f -> boosts.put(f, 3f));
        boosts.put(KEYWORDS, 2f);
        BOOSTS = Map.copyOf(boosts);
    }

    /**
     * Body text: stored (the highlighter cuts snippets from it and MoreLikeThis reads it) and with
     * offsets in the postings, so highlighting reads match positions from the index instead of
     * re-analysing 2 KB of text per hit, which matters most for smartcn.
     */
    private static final FieldType BODY_TYPE;

    static {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        BODY_TYPE = type;
    }

    /**
     * Facets as sorted-set doc values rather than a taxonomy index: one directory, one commit
     * (which also carries the last applied event), nothing to keep in step during a rebuild and
     * swap; the price is an ordinal map rebuilt on each refresh, cheap for a few thousand values.
     */
    private static final FacetsConfig FACETS = new FacetsConfig();

    /**
     * The layout of fields; change it with any change of fields or analysis, and indexes written before are rebuilt.
     * 2: each facet dimension in its own doc-values field, so one dimension can be counted without the others.
     * 3: the terminology grew from 34 to some 400 concepts, whose tags the text fields carry.
     */
    public static final String VERSION = "3";

    static {
        for (Facet facet : Facet.values()) {
            FACETS.setIndexFieldName(facet.key(), facetField(facet));
        }
        for (Facet facet : List.of(Facet.LANGUAGE, Facet.CRIME_TYPE, Facet.INSTRUMENT, Facet.ARTICLE)) {
            FACETS.setMultiValued(facet.key(), true);
        }
    }

    private IndexSchema() {}

    public static String title(String languageSuffix) {
        return "title_" + languageSuffix;
    }

    public static String body(String languageSuffix) {
        return "body_" + languageSuffix;
    }

    /** The doc-values (and drill-down) field of one facet dimension. */
    public static String facetField(Facet facet) {
        return "$facet_" + facet.key();
    }

    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    /** The term that names one document: indexing replaces by it, so replaying a change never duplicates. */
    static Term idTerm(String id) {
        return new Term(ID, id);
    }

    /** The day the document sorts by: its date, else 1 January of its year, else none. */
    static Long sortDay(LibraryDocument d) {
        if (d.date() != null) {
            return d.date().toEpochDay();
        }
        return d.year() == null ? null : LocalDate.of(d.year(), 1, 1).toEpochDay();
    }

    /** The instruments a document implements, named directly or through one of its articles. */
    static Set<String> instrumentsOf(LibraryDocument d) {
        Set<String> all = new LinkedHashSet<>(d.instruments());
        for (String article : d.articles()) {
            int at = article.indexOf(" art");
            if (at > 0) {
                all.add(article.substring(0, at).strip());
            }
        }
        return all;
    }

    static Document toDocument(LibraryDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));

        // Titles are searched in the analysis of their language; not stored here (see below).
        doc.add(new TextField(title(Languages.fieldSuffix(d.originalLanguage())), d.titleOriginal(), Field.Store.NO));
        if (hasText(d.titleEnglish())) {
            doc.add(new TextField(title("en"), d.titleEnglish(), Field.Store.NO));
        }
        d.texts().forEach((language, text) -> {
            if (hasText(text)) {
                doc.add(new Field(body(Languages.fieldSuffix(language)), text, BODY_TYPE));
            }
        });
        if (!d.keywords().isEmpty()) {
            doc.add(new TextField(KEYWORDS, String.join("\n", d.keywords()), Field.Store.NO));
        }
        List<String> references = new ArrayList<>(d.articles());
        references.addAll(instrumentsOf(d));
        references.addAll(d.resolutions());
        if (!references.isEmpty()) {
            doc.add(new TextField(REFERENCES, String.join("\n", references), Field.Store.NO));
        }
        doc.add(new TextField(
                SUGGEST,
                d.titleOriginal() + "\n" + (hasText(d.titleEnglish()) ? d.titleEnglish() : ""),
                Field.Store.NO));
        for (DocumentLink link : d.links()) {
            doc.add(new StringField(
                    LINK, link.relation().name().toLowerCase() + ":" + link.targetId(), Field.Store.NO));
        }
        Long day = sortDay(d);
        if (day != null) {
            doc.add(new NumericDocValuesField(DATE, day));
        }

        // Stored copies of what a hit shows.
        doc.add(new StoredField(STORED_TITLE_ORIGINAL, d.titleOriginal()));
        if (hasText(d.titleEnglish())) {
            doc.add(new StoredField(STORED_TITLE_ENGLISH, d.titleEnglish()));
        }
        doc.add(new StoredField(STORED_COUNTRY, d.country()));
        doc.add(new StoredField(STORED_TYPE, d.type().code()));
        doc.add(new StoredField(STORED_LANGUAGE, Languages.normalize(d.originalLanguage())));
        if (d.year() != null) {
            doc.add(new StoredField(STORED_YEAR, d.year()));
        }

        // Facets: exact values, counted and filtered on.
        facet(doc, Facet.COUNTRY, d.country());
        facet(doc, Facet.REGIONAL_GROUP, d.regionalGroup());
        facet(doc, Facet.TYPE, d.type().code());
        d.languages().stream().map(Languages::normalize).distinct().forEach(l -> facet(doc, Facet.LANGUAGE, l));
        facet(doc, Facet.YEAR, d.year() == null ? null : d.year().toString());
        facet(doc, Facet.STATUS, d.status() == null ? null : d.status().code());
        d.crimeTypes().forEach(c -> facet(doc, Facet.CRIME_TYPE, c));
        instrumentsOf(d).forEach(i -> facet(doc, Facet.INSTRUMENT, i));
        d.articles().forEach(a -> facet(doc, Facet.ARTICLE, a));
        try {
            return FACETS.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void facet(Document doc, Facet facet, String value) {
        if (hasText(value)) {
            doc.add(new SortedSetDocValuesFacetField(facet.key(), value.strip()));
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
