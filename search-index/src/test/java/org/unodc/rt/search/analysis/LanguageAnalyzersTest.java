package org.unodc.rt.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageAnalyzersTest {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @AfterEach
    void close() {
        analyzers.close();
    }

    private List<String> tokens(String language, String text) throws IOException {
        return tokens(analyzers.forLanguage(language), "body_" + Languages.fieldSuffix(language), text);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        return LanguageAnalyzers.tokens(analyzer, field, text);
    }

    @Test
    void arabicDropsTheArticleAndConjunctionAndNormalisesLetters() throws IOException {
        assertThat(tokens("ar", "والأموال الأموال غسل الأموال")).containsExactly("اموال", "اموال", "غسل", "اموال");
        assertThat(tokens("ar", "مصادرة المعادن النفيسة")).containsExactly("مصادر", "معادن", "نفيس");
    }

    @Test
    void chineseIsSegmentedIntoWords() throws IOException {
        assertThat(tokens("zh", "洗钱犯罪")).containsExactly("洗钱", "犯罪");
        assertThat(tokens("zh", "加强国际合作和司法协助。")).containsExactly("加强", "国际", "合作", "和", "司法", "协助");
    }

    /** English, French (with elision of d' and l'), Russian and Spanish: each with Lucene's stemmer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            en | money-laundering Money Laundering laundered | monei launder monei launder launder
            fr | blanchiment d'argent, blanchiments des capitaux, l'entraide judiciaire \
               | blanchiment argent blanchiment capital entraid judiciair
            ru | торговля людьми, торговле людьми, преступлений, преступления \
               | торговл людьм торговл людьм преступлен преступлен
            es | delitos delito minería ilegal metales preciosos | delit delit mineri ilegal metal precios
            """)
    void stemmingLanguagesAreStemmed(String language, String text, String stems) throws IOException {
        assertThat(tokens(language, text)).containsExactly(stems.split(" "));
    }

    @Test
    void otherLanguagesAreSegmentedAndFoldedWithIcu() throws IOException {
        assertThat(tokens("de", "Geldwäsche GELDWÄSCHEGESETZ Straftaten"))
                .containsExactly("geldwasche", "geldwaschegesetz", "straftaten");
        assertThat(tokens("th", "การฟอกเงิน")).containsExactly("การ", "ฟอก", "เงิน");
    }

    @Test
    void theFieldNameChoosesTheAnalyzer() throws IOException {
        assertThat(tokens(analyzers.perField(), "title_fr", "d'argent")).containsExactly("argent");
        assertThat(tokens(analyzers.perField(), "body_en", "laundering")).containsExactly("launder");
        assertThat(tokens(analyzers.perField(), "keywords_xx", "Laundering")).containsExactly("laundering");
    }

    @Test
    void indexingTagsConventionTermsWithTheirConcept() throws IOException {
        Analyzer indexing = analyzers.indexing();

        assertThat(tokens(indexing, "body_fr", "Le blanchiment d'argent est puni."))
                .containsExactly("blanchiment", "#money-laundering", "argent", "est", "puni");
        assertThat(tokens(indexing, "body_en", "illicit trafficking in precious metals"))
                .containsExactly(
                        "illicit",
                        "#illicit-trafficking",
                        "traffick",
                        "#trafficking",
                        "preciou",
                        "#precious-metals",
                        "metal");
        // A term inside a longer one is tagged too: the text also speaks of crime.
        assertThat(tokens(indexing, "body_zh", "洗钱犯罪")).containsExactly("洗钱", "#money-laundering", "犯罪", "#crime");
        // Searching does not tag, and neither does the language-neutral field.
        assertThat(tokens(analyzers.perField(), "body_fr", "blanchiment d'argent"))
                .containsExactly("blanchiment", "argent");
        assertThat(tokens(indexing, "body_xx", "money laundering")).containsExactly("money", "laundering");
    }

    @Test
    void languageTagsMapToFieldSuffixes() {
        assertThat(Languages.fieldSuffix("zh-CN")).isEqualTo("zh");
        assertThat(Languages.fieldSuffix("FR")).isEqualTo("fr");
        assertThat(Languages.fieldSuffix("de")).isEqualTo("xx");
        assertThat(Languages.fieldSuffix(null)).isEqualTo("xx");
        assertThat(Languages.suffixOfField("body_ru")).isEqualTo("ru");
        assertThat(Languages.suffixOfField("id")).isEqualTo("xx");
    }
}
