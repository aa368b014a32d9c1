package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryIndexSearchTest extends IndexedFixtures {

    private List<String> ids(String query) throws InvalidQueryException {
        return ids(SearchRequest.of(query).withCrossLanguage(false));
    }

    private List<String> ids(SearchRequest request) throws InvalidQueryException {
        return index.search(request).hits().stream().map(SearchHit::id).toList();
    }

    // ------------------------------------------------------------ words, phrases, operators

    @Test
    void everyWordMustMatch() throws Exception {
        assertThat(ids("confiscation")).containsExactlyInAnyOrder("1", "2");
        assertThat(ids("confiscation defendant")).containsExactly("1");
    }

    @Test
    void stopWordsOfTheDocumentsLanguageAreNotRequired() throws Exception {
        assertThat(ids("offence of money-laundering")).containsExactly("1");
        assertThat(ids("minería de metales")).containsExactly("4");
    }

    @Test
    void phraseMatchesWordsInOrder() throws Exception {
        assertThat(ids("\"confiscation order\"")).containsExactly("1");
        assertThat(ids("\"order confiscation\"")).isEmpty();
    }

    @Test
    void booleanOperators() throws Exception {
        assertThat(ids("firearms OR trafficking")).containsExactlyInAnyOrder("3", "4", "7");
        assertThat(ids("trafficking NOT firearms")).containsExactlyInAnyOrder("3", "4");
        assertThat(ids("trafficking AND (persons OR metals)")).containsExactlyInAnyOrder("3", "4");
        assertThat(ids("+firearms -destruction")).isEmpty();
    }

    @Test
    void prefixMatchesTheStemsOfAllForms() throws Exception {
        assertThat(ids("launder*")).containsExactlyInAnyOrder("1", "2", "5", "8", "9");
    }

    @Test
    void resolutionReferencesAreSearchable() throws Exception {
        assertThat(ids("2013/38")).containsExactly("1");
        assertThat(ids("\"UNTOC art. 12\"")).containsExactly("1");
    }

    // ------------------------------------------------------------ analysis per language

    @Test
    void chineseIsSearchedByWords() throws Exception {
        assertThat(ids("网络犯罪")).containsExactly("6");
        assertThat(ids("洗钱")).containsExactly("6");
        assertThat(ids("司法协助")).containsExactly("6");
    }

    @Test
    void arabicPrefixesAndLetterFormsAreNormalised() throws Exception {
        // والأموال ("and the funds") finds الأموال.
        assertThat(ids("والأموال")).containsExactly("5");
    }

    @Test
    void russianFrenchAndSpanishAreStemmed() throws Exception {
        assertThat(ids("торговля людьми")).containsExactly("3");
        assertThat(ids("преступление")).containsExactly("3");
        assertThat(ids("blanchiments")).containsExactly("2");
        assertThat(ids("délits")).containsExactly("2");
        assertThat(ids("delito")).containsExactly("4");
    }

    @Test
    void otherLanguagesAreFoldedLanguageNeutrally() throws Exception {
        assertThat(ids("geldwasche")).containsExactly("8");
        assertThat(ids("GELDWÄSCHE")).containsExactly("8");
    }

    // ------------------------------------------------------------ malformed queries

    @Test
    void malformedQueryGetsAMessage() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("\"money laundering")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("A quotation mark is not closed. Add the closing \" after the phrase, or remove the"
                        + " opening one.");
        assertThatThrownBy(() -> index.search(SearchRequest.of("corruption AND")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("The search could not be understood at the end.");
    }

    // ------------------------------------------------------------ cross-language

    @Test
    void frenchTermFindsTheSameConceptInEveryLanguage() throws Exception {
        SearchRequest request = SearchRequest.of("blanchiment d'argent");
        assertThat(ids(request)).containsExactlyInAnyOrder("1", "2", "5", "6", "8", "9");
        assertThat(ids(request.withCrossLanguage(false))).containsExactly("2");
    }

    @Test
    void crossLanguageRanksTheDocumentWithAllTheWordsFirst() throws Exception {
        // "confiscation" in any language and "prisión": the Spanish strategy that says "decomiso" and "prisión"
        // first; the documents about confiscation alone follow.
        assertThat(ids(SearchRequest.of("confiscation prisión"))).startsWith("4");
        assertThat(ids(SearchRequest.of("confiscation prisión").withCrossLanguage(false)))
                .isEmpty();
    }

    @Test
    void quotedTermIsExpandedToo() throws Exception {
        assertThat(ids(SearchRequest.of("\"trafficking in persons\""))).containsExactly("3");
        assertThat(ids(SearchRequest.of("\"торговля людьми\""))).containsExactly("3");
        assertThat(ids(SearchRequest.of("\"minería ilegal\""))).containsExactlyInAnyOrder("4", "9");
        assertThat(ids(SearchRequest.of("\"illegal mining\""))).containsExactlyInAnyOrder("4", "9");
    }

    // ------------------------------------------------------------ facets

    @Test
    void facetsCountAllMatches() throws Exception {
        SearchResult result = index.search(SearchRequest.of(""));

        assertThat(result.total()).isEqualTo(9);
        assertThat(result.facet(Facet.TYPE))
                .containsExactly(
                        new FacetCount("legislation", 5),
                        new FacetCount("best-practice", 1),
                        new FacetCount("case-law", 1),
                        new FacetCount("national-strategy", 1),
                        new FacetCount("study", 1));
        assertThat(result.facet(Facet.CRIME_TYPE))
                .containsExactly(
                        new FacetCount("money-laundering", 5),
                        new FacetCount("corruption", 2),
                        new FacetCount("cybercrime", 1),
                        new FacetCount("firearms", 1),
                        new FacetCount("illegal-mining", 1),
                        new FacetCount("precious-metals", 1),
                        new FacetCount("trafficking-in-persons", 1));
        assertThat(result.facet(Facet.YEAR))
                .containsExactly(
                        new FacetCount("2021", 1),
                        new FacetCount("2020", 1),
                        new FacetCount("2019", 1),
                        new FacetCount("2017", 1),
                        new FacetCount("2016", 1),
                        new FacetCount("2015", 1),
                        new FacetCount("2012", 1),
                        new FacetCount("2002", 2));
        assertThat(result.facet(Facet.STATUS))
                .containsExactly(
                        new FacetCount("in-force", 3), new FacetCount("amended", 1), new FacetCount("repealed", 1));
        assertThat(result.facet(Facet.LANGUAGE))
                .containsExactly(
                        new FacetCount("en", 2),
                        new FacetCount("es", 2),
                        new FacetCount("ar", 1),
                        new FacetCount("de", 1),
                        new FacetCount("fr", 1),
                        new FacetCount("ru", 1),
                        new FacetCount("zh", 1));
        assertThat(result.facet(Facet.INSTRUMENT))
                .containsExactly(
                        new FacetCount("UNTOC", 4),
                        new FacetCount("Firearms Protocol", 1),
                        new FacetCount("Trafficking in Persons Protocol", 1),
                        new FacetCount("UNCAC", 1));
        assertThat(result.facet(Facet.ARTICLE))
                .startsWith(new FacetCount("UNTOC art. 6", 4))
                .hasSize(5);
        assertThat(result.facet(Facet.REGIONAL_GROUP))
                .startsWith(new FacetCount(LibraryFixtures.WEOG, 3), new FacetCount(LibraryFixtures.GRULAC, 2));
        assertThat(result.facets().keySet())
                .containsExactly(
                        "country",
                        "regionalGroup",
                        "type",
                        "language",
                        "year",
                        "status",
                        "crimeType",
                        "instrument",
                        "article");
    }

    @Test
    void filtersCombineAndFilteredFacetsKeepTheirAlternatives() throws Exception {
        SearchResult result = index.search(SearchRequest.of("")
                .withFilter(Facet.CRIME_TYPE, "money-laundering")
                .withFilter(Facet.STATUS, "in-force"));

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("2", "5", "8");
        // Drill sideways: the status counts are those of the money-laundering documents.
        assertThat(result.facet(Facet.STATUS))
                .containsExactly(
                        new FacetCount("in-force", 3), new FacetCount("amended", 1), new FacetCount("repealed", 1));
        assertThat(result.facet(Facet.COUNTRY))
                .containsExactly(new FacetCount("DEU", 1), new FacetCount("EGY", 1), new FacetCount("FRA", 1));
    }

    @Test
    void valuesOfOneFacetAreAlternatives() throws Exception {
        SearchResult result = index.search(SearchRequest.of("").withFilter(Facet.COUNTRY, "FRA", "PER"));

        assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("2", "9");
    }

    @Test
    void filtersApplyToTextSearches() throws Exception {
        SearchResult result = index.search(
                SearchRequest.of("blanchiment d'argent").withFilter(Facet.REGIONAL_GROUP, LibraryFixtures.WEOG));

        assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("1", "2", "8");
        assertThat(result.facet(Facet.TYPE)).containsExactly(new FacetCount("legislation", 3));
    }

    @Test
    void unknownFilterIsAnInvalidQuery() {
        SearchRequest request = new SearchRequest(
                "", "en", true, java.util.Map.of("colour", java.util.Set.of("red")), SortOrder.RELEVANCE, 0, 10);
        assertThatThrownBy(() -> index.search(request))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("There is no filter \"colour\". Use one of country, regionalGroup, type, language, year,"
                        + " status, crimeType, instrument, article.");
    }

    // ------------------------------------------------------------ hits: snippets, titles

    @Test
    void snippetMarksTheMatchingWords() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("defendant").withCrossLanguage(false))
                .hits()
                .get(0);

        assertThat(hit.snippet())
                .isEqualTo("The court shall make a confiscation order against the <mark>defendant</mark>.");
    }

    @Test
    void snippetIsHtmlEscaped() throws Exception {
        index.index(LibraryDocument.builder("20", DocumentType.STUDY, "INT", "Escaping test")
                .languages("en")
                .text("en", "Article 5 <script>alert('x')</script> & the smuggling of migrants.")
                .build());
        index.refresh();

        SearchHit hit = index.search(SearchRequest.of("smuggling")).hits().get(0);

        assertThat(hit.snippet())
                .isEqualTo("Article 5 &lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt; &amp; the"
                        + " <mark>smuggling</mark> of migrants.");
    }

    @Test
    void hitWithoutMatchInTheTextShowsItsBeginning() throws Exception {
        SearchHit hit = index.search(SearchRequest.of("").withFilter(Facet.COUNTRY, "DEU"))
                .hits()
                .get(0);

        assertThat(hit)
                .isEqualTo(new SearchHit(
                        "8",
                        "Money Laundering Act",
                        "DEU",
                        "legislation",
                        2017,
                        "de",
                        "Geldwäsche ist die Einschleusung illegal erwirtschafteten Geldes in den legalen Finanz- und"
                                + " Wirtschaftskreislauf. Verpflichtete müssen Verdachtsfälle melden."));
    }

    @Test
    void titleIsTheOriginalInItsLanguageAndEnglishOtherwise() throws Exception {
        SearchRequest france = SearchRequest.of("").withFilter(Facet.COUNTRY, "FRA");

        assertThat(index.search(france.withLanguage("fr")).hits().get(0).title())
                .isEqualTo("Loi relative à la lutte contre le blanchiment d'argent");
        assertThat(index.search(france.withLanguage("ru")).hits().get(0).title())
                .isEqualTo("Law on combating money-laundering");
    }

    // ------------------------------------------------------------ sorting and paging

    @Test
    void sortByDateNewestFirst() throws Exception {
        assertThat(ids(SearchRequest.of("").withSort(SortOrder.DATE)))
                .containsExactly("4", "6", "3", "8", "2", "7", "9", "1", "5");
    }

    @Test
    void pagesFollowEachOther() throws Exception {
        SearchRequest byDate = SearchRequest.of("").withSort(SortOrder.DATE);

        SearchResult second = index.search(byDate.withPage(1, 4));
        SearchResult third = index.search(byDate.withPage(2, 4));

        assertThat(second.total()).isEqualTo(9);
        assertThat(second.hits()).extracting(SearchHit::id).containsExactly("2", "7", "9", "1");
        assertThat(third.hits()).extracting(SearchHit::id).containsExactly("5");
        assertThat(index.search(byDate.withPage(3, 4)).hits()).isEmpty();
    }

    @Test
    void relevanceRanksTitleMatchesFirst() throws Exception {
        assertThat(ids("firearms").get(0)).isEqualTo("7");
        assertThat(ids("money laundering").get(0)).isIn("5", "8");
    }

    @Test
    void pagesBeyondTheWindowAreRefused() {
        assertThatThrownBy(() -> index.search(SearchRequest.of("").withPage(100, 100)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("There is no page 100: page must be between 0 and 99, as only the first 10000 results can"
                        + " be paged through. Narrow the search with words or filters.");
        assertThatThrownBy(() -> index.search(SearchRequest.of("").withPage(0, 0)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("A page holds 1 to 100 results, not 0.");
    }

    // ------------------------------------------------------------ similar, suggestions

    @Test
    void similarDocumentsShareDistinctiveWords() {
        List<SearchHit> similar = index.similar("9", 3);

        assertThat(similar).extracting(SearchHit::id).doesNotContain("9").startsWith("4");
    }

    @Test
    void similarToAnUnknownDocumentIsEmpty() {
        assertThat(index.similar("404", 3)).isEmpty();
    }

    @Test
    void titleSuggestionsWhileTyping() {
        assertThat(index.suggestTitles("money laun", 10))
                .containsExactlyInAnyOrder(
                        new TitleSuggestion("2", "Law on combating money-laundering"),
                        new TitleSuggestion("5", "Anti-Money Laundering Law"),
                        new TitleSuggestion("8", "Money Laundering Act"),
                        new TitleSuggestion("9", "Law on combating money-laundering"));
        assertThat(index.suggestTitles("Estrategia nac", 10))
                .containsExactly(new TitleSuggestion(
                        "4", "Estrategia nacional contra la minería ilegal y el tráfico de metales preciosos"));
        assertThat(index.suggestTitles("网络", 10)).containsExactly(new TitleSuggestion("6", "关于打击网络犯罪的研究报告"));
        assertThat(index.suggestTitles("Geldwasche", 10))
                .containsExactly(new TitleSuggestion(
                        "8", "Gesetz über das Aufspüren von Gewinnen aus schweren Straftaten (Geldwäschegesetz)"));
        assertThat(index.suggestTitles("  ", 10)).isEmpty();
    }
}
