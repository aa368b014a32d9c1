package org.unodc.rt.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.unodc.rt.search.IndexSchema;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.analysis.LanguageAnalyzers;

class LibraryQueryParserPropertyTest {

    private static LanguageAnalyzers analyzers;
    private static LibraryQueryParser parser;

    @BeforeContainer
    static void createParser() {
        analyzers = new LanguageAnalyzers();
        parser = new LibraryQueryParser(analyzers, IndexSchema.SEARCH_FIELDS, IndexSchema.BOOSTS);
    }

    @AfterContainer
    static void closeAnalyzers() {
        analyzers.close();
    }

    /** Whatever is typed, the parser answers with a query or a message, never anything else. */
    @Property(tries = 1000)
    void parsesOrExplains(@ForAll("typed") String input, @ForAll boolean crossLanguage) {
        try {
            assertThat(parser.parse(input, crossLanguage)).isNotNull();
        } catch (InvalidQueryException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    /** Query syntax, words from the terminology in several scripts, and arbitrary characters. */
    @Provide
    Arbitrary<String> typed() {
        Arbitrary<String> syntax = Arbitraries.of(
                "\"", "(", ")", "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "*", "?", "~", "~2", "^", "^3", ":", "/",
                "\\", "[", "]", "{", "}", " TO ", " ", "  ");
        Arbitrary<String> words = Arbitraries.of(
                "money-laundering",
                "blanchiment",
                "d'argent",
                "洗钱",
                "犯罪",
                "غسل",
                "الأموال",
                "торговля",
                "людьми",
                "trata",
                "de",
                "personas",
                "of",
                "the",
                "E/RES/2013/38",
                "art.",
                "6",
                "launder");
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(syntax, words, words, anything)
                .list()
                .ofMaxSize(25)
                .map(parts -> String.join(" ", parts));
    }

    @Property(tries = 300)
    void anyStringAtAll(@ForAll String input) {
        try {
            parser.parse(input, true);
        } catch (InvalidQueryException e) {
            assertThat(e.query()).isEqualTo(input);
        }
    }
}
