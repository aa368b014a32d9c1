package org.unodc.rt.search.analysis;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One analyzer per field language, shared by indexing and querying so that both see the same
 * tokens. Analyzers are thread-safe; one instance serves the whole index.
 *
 * <ul>
 *   <li>ar: normalisation (alef forms, teh marbuta, diacritics) and light stemming of prefixes
 *       such as و and ال, so that والأموال finds الأموال.
 *   <li>zh: smartcn's dictionary/HMM word segmentation, so 洗钱犯罪 is searched as 洗钱 + 犯罪 rather
 *       than one character at a time.
 *   <li>en, fr, ru, es: Lucene's stemming analyzers (Porter, French light with elision of d', l',
 *       Snowball Russian, Spanish light).
 *   <li>anything else: ICU word segmentation with case and accent folding, which is sensible for
 *       any script without knowing the language.
 * </ul>
 *
 * <p>{@link #indexing()} also tags each term of the {@link Terminology} with its concept (see {@link
 * ConceptTagFilter}); searching uses {@link #perField()}, without tags. Changing the terminology
 * therefore needs a rebuild of the index.
 */
public final class LanguageAnalyzers implements Closeable {

    private final Map<String, Analyzer> bySuffix = new LinkedHashMap<>();
    private final Analyzer perField;
    private final Analyzer indexing;
    private final ConceptVocabulary vocabulary;

    /** With the terminology shipped with the module. */
    public LanguageAnalyzers() {
        this(Terminology.standard());
    }

    public LanguageAnalyzers(Terminology terminology) {
        bySuffix.putAll(newAnalyzers());
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return bySuffix.get(Languages.suffixOfField(fieldName));
            }
        };
        try {
            vocabulary = new ConceptVocabulary(terminology, bySuffix::get);
        } catch (ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "The Chinese analyser (Lucene smartcn) could not load its dictionaries. They are read by Java"
                            + " deserialisation with arrays of about 400,000 elements; the JVM's jdk.serialFilter must"
                            + " allow them (maxarray=1000000). WildFly's bin/standalone.conf sets JDK_SERIAL_FILTER"
                            + " with maxarray=100000 unless changed; the build's prepared WildFly changes it.",
                    e);
        }
        indexing = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return bySuffix.get(Languages.suffixOfField(fieldName));
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                String suffix = Languages.suffixOfField(fieldName);
                boolean text = fieldName.startsWith("title_") || fieldName.startsWith("body_");
                if (!text || !Languages.UN.contains(suffix)) {
                    return components;
                }
                return new TokenStreamComponents(
                        components.getSource(),
                        new ConceptTagFilter(
                                components.getTokenStream(), vocabulary.byFirstToken(suffix), vocabulary.maxLength()));
            }
        };
    }

    /** A new analyzer for each field suffix: the six UN languages and {@link Languages#OTHER}. */
    static Map<String, Analyzer> newAnalyzers() {
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        analyzers.put("ar", new ArabicAnalyzer());
        analyzers.put("zh", new SmartChineseAnalyzer());
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("fr", new FrenchAnalyzer());
        analyzers.put("ru", new RussianAnalyzer());
        analyzers.put("es", new SpanishAnalyzer());
        analyzers.put(Languages.OTHER, new NeutralAnalyzer());
        return analyzers;
    }

    /**
     * The bilingual dictionaries shipped with the module, loaded on first use and shared by every index (they never
     * change while the application runs).
     */
    public static Dictionaries dictionaries() {
        return SharedDictionaries.INSTANCE;
    }

    private static final class SharedDictionaries {
        static final Dictionaries INSTANCE = new Dictionaries(newAnalyzers()::get);
    }

    /** The analyzer for indexing: {@link #perField()} plus concept tags in the UN-language fields. */
    public Analyzer indexing() {
        return indexing;
    }

    public ConceptVocabulary vocabulary() {
        return vocabulary;
    }

    /** The analyzer for a language tag; languages other than the six UN ones get the ICU one. */
    public Analyzer forLanguage(String languageTag) {
        return bySuffix.get(Languages.fieldSuffix(languageTag));
    }

    /** The language-neutral analyzer (ICU segmentation and folding). */
    public Analyzer neutral() {
        return bySuffix.get(Languages.OTHER);
    }

    /**
     * An analyzer that picks the language from the field name's suffix ({@code body_ru} →
     * Russian); fields without a known suffix get the neutral analyzer.
     */
    public Analyzer perField() {
        return perField;
    }

    /** The tokens an analyzer makes of a text in a field, in order (suggestions and the vocabulary match on them). */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Override
    public void close() {
        indexing.close();
        perField.close();
        bySuffix.values().forEach(Analyzer::close);
    }

    /** ICU tokenizer and folding: word breaks for every script, case and diacritics ignored. */
    private static final class NeutralAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream folded = new ICUFoldingFilter(tokenizer);
            return new TokenStreamComponents(tokenizer, folded);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }
}
