package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching in one language and finding documents in the others: translated words, terms and what was searched. */
class CrossLanguageSearchTest {

    @TempDir
    Path dir;

    private LibraryIndex index;

    @BeforeEach
    void indexDocuments() throws IOException {
        index = LibraryIndex.open(dir);
        index.index(study(
                "ru-trafficking",
                "ru",
                "Закон о противодействии торговле людьми",
                "Настоящий закон устанавливает меры по борьбе с торговлей людьми и защите потерпевших."));
        index.index(study(
                "fr-trafficking",
                "fr",
                "Loi relative à la traite des personnes",
                "La traite des personnes est punie de sept ans d'emprisonnement."));
        index.index(study(
                "es-marriage",
                "es",
                "Ley sobre el matrimonio infantil",
                "El matrimonio de menores de dieciocho años queda prohibido."));
        index.index(study("ar-marriage", "ar", "قانون الزواج", "يحظر الزواج قبل سن الثامنة عشرة."));
        index.index(study(
                "fr-invoices",
                "fr",
                "Guide des factures",
                "Facture, renseignement, addition, facture, renseignement, addition: la facture porte une addition."));
        index.index(study(
                "fr-marriage-invoice",
                "fr",
                "Les frais du mariage",
                "Le mariage civil est gratuit; aucune facture n'est due."));
        index.index(study("zh-corruption", "zh", "反腐败法", "本法旨在预防和打击腐败，加强国际合作。"));
        index.index(study("en-weather", "en", "Weather report", "Rain is expected in the north; the south stays dry."));
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static LibraryDocument study(String id, String language, String title, String text) {
        return LibraryDocument.builder(id, DocumentType.STUDY, "INT", title)
                .languages(language)
                .year(2024)
                .text(language, text)
                .build();
    }

    private List<String> ids(SearchRequest request) throws InvalidQueryException {
        return index.search(request).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aFrenchQueryFindsTheRussianLawOnTheSameSubject() throws Exception {
        assertThat(ids(SearchRequest.of("traite des personnes"))).contains("ru-trafficking");
    }

    @Test
    void theQuerysOwnLanguageRanksFirst() throws Exception {
        assertThat(ids(SearchRequest.of("traite des personnes"))).startsWith("fr-trafficking");
        assertThat(ids(SearchRequest.of("торговля людьми"))).startsWith("ru-trafficking");
    }

    @Test
    void crossFalseSearchesOnlyTheQuerysLanguage() throws Exception {
        SearchRequest request = SearchRequest.of("traite des personnes").withCrossLanguage(false);
        assertThat(ids(request)).containsExactly("fr-trafficking");
        assertThat(index.search(request).alsoSearched()).isEmpty();
    }

    @Test
    void aWordOutsideTheTerminologyIsTranslatedWithTheDictionaries() throws Exception {
        // "mariage" is in no terminology: French to English to Spanish and Arabic.
        assertThat(ids(SearchRequest.of("mariage")))
                .startsWith("fr-marriage-invoice")
                .contains("es-marriage", "ar-marriage")
                .doesNotContain("en-weather", "ru-trafficking");
        assertThat(ids(SearchRequest.of("mariage").withCrossLanguage(false))).containsExactly("fr-marriage-invoice");
    }

    @Test
    void anAmbiguousWordDoesNotDrownTheQuery() throws Exception {
        // "account" has many French senses (facture, renseignement, addition, …); a text that uses all of them
        // counts as one match of one word, below the text that matches both words of the query.
        assertThat(ids(SearchRequest.of("account marriage"))).startsWith("fr-marriage-invoice");
    }

    @Test
    void theResultSaysWhatElseItSearchedAndALanguageCanBeDropped() throws Exception {
        SearchRequest request = SearchRequest.of("traite des personnes");
        SearchResult result = index.search(request);
        assertThat(result.alsoSearched())
                .contains(new AlsoSearched("ru", "торговля людьми"), new AlsoSearched("en", "trafficking in persons"));

        SearchRequest withoutRussian = request.withSkippedLanguages(Set.of("ru"));
        assertThat(ids(withoutRussian)).doesNotContain("ru-trafficking").contains("fr-trafficking");
        assertThat(index.search(withoutRussian).alsoSearched())
                .extracting(AlsoSearched::language)
                .doesNotContain("ru");
    }

    @Test
    void aChineseTermFindsItsEquivalentAndArabicQueriesWork() throws Exception {
        assertThat(ids(SearchRequest.of("lutte contre la corruption coopération internationale")))
                .contains("zh-corruption");
        assertThat(ids(SearchRequest.of("الزواج"))).contains("ar-marriage", "es-marriage");
    }

    @Test
    void similarDocumentsAreFoundInOtherLanguagesByTheirTerms() {
        assertThat(index.similar("fr-trafficking", 3)).extracting(SearchHit::id).contains("ru-trafficking");
    }
}
