package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Searches built to make the index fail (a page number that overflows, thousands of filter values, hundreds of words)
 * are refused with an explanation before they run, and the largest ones accepted do run.
 */
class SearchLimitsTest extends IndexedFixtures {

    @Test
    void aPageBeyondTheResultWindowIsRefusedWhateverItsNumber() throws InvalidQueryException {
        SearchRequest.of("money").withPage(999, 10).checkLimits();

        assertThatThrownBy(() -> SearchRequest.of("money")
                        .withPage(Integer.MAX_VALUE, 10)
                        .checkLimits())
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("There is no page 2147483647: page must be between 0 and 999, as only the first 10000"
                        + " results can be paged through. Narrow the search with words or filters.");
        assertThatThrownBy(() -> SearchRequest.of("money").withPage(100, 100).checkLimits())
                .hasMessageContaining("between 0 and 99");
        assertThatThrownBy(() -> SearchRequest.of("money").withPage(-1, 10).checkLimits())
                .hasMessageContaining("between 0 and 999");
        assertThatThrownBy(() -> SearchRequest.of("money").withPage(0, 0).checkLimits())
                .hasMessage("A page holds 1 to 100 results, not 0.");
    }

    @Test
    void aFilterWithMoreThanFiftyValuesIsRefused() throws InvalidQueryException {
        String[] fifty = codes(50).toArray(String[]::new);
        SearchRequest.of("").withFilter(Facet.COUNTRY, fifty).checkLimits();

        SearchRequest thousands =
                SearchRequest.of("").withFilter(Facet.COUNTRY, codes(4_000).toArray(String[]::new));

        assertThatThrownBy(thousands::checkLimits)
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("The filter \"country\" has 4000 values; at most 50 are allowed. Choose fewer, or leave"
                        + " the filter out to include them all.");
    }

    @Test
    void theLargestSearchesAcceptedRunWithEveryFilterFull() throws InvalidQueryException {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            filters.put(facet.key(), codes(SearchRequest.MAX_FILTER_VALUES));
        }
        for (String words : new String[] {longestAccepted(""), longestAccepted("~"), longestAccepted("*")}) {
            SearchRequest request =
                    new SearchRequest(words, "en", true, filters, SortOrder.RELEVANCE, SearchRequest.lastPage(10), 10);
            request.checkLimits();

            assertThat(index.search(request).total()).as(words).isZero();
            assertThat(index.search(request.withSort(SortOrder.DATE)).total())
                    .as(words)
                    .isZero();
        }
    }

    /** The most words ending in the given syntax (nothing, ~ or *) that the parser accepts, as one search. */
    private String longestAccepted(String suffix) {
        String accepted = "";
        for (int n = 1; ; n++) {
            String words = IntStream.range(0, n)
                    .mapToObj(i -> "word" + Integer.toString(i, 36) + suffix)
                    .collect(Collectors.joining(" "));
            try {
                index.toLuceneQuery(SearchRequest.of(words));
            } catch (InvalidQueryException refused) {
                assertThat(n).as("words accepted with %s", suffix).isGreaterThan(3);
                return accepted;
            }
            accepted = words;
        }
    }

    private static Set<String> codes(int count) {
        return IntStream.range(0, count).mapToObj(i -> "C" + i).collect(Collectors.toSet());
    }
}
