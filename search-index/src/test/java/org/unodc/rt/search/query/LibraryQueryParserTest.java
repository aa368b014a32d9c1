package org.unodc.rt.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.search.IndexSchema;
import org.unodc.rt.search.InvalidQueryException;
import org.unodc.rt.search.analysis.LanguageAnalyzers;

class LibraryQueryParserTest {

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final LibraryQueryParser parser =
            new LibraryQueryParser(analyzers, IndexSchema.SEARCH_FIELDS, IndexSchema.BOOSTS);

    @AfterEach
    void close() {
        analyzers.close();
    }

    private String message(String query) {
        try {
            parser.parse(query, true);
        } catch (InvalidQueryException e) {
            assertThat(e.query()).isEqualTo(query);
            return e.getMessage();
        }
        throw new AssertionError("Parsed: " + query);
    }

    @Test
    void blankQueryListsEverything() throws InvalidQueryException {
        assertThat(parser.parse("  ", true)).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(parser.parse(null, false)).isInstanceOf(MatchAllDocsQuery.class);
    }

    @Test
    void eachWordIsSearchedInTheAnalysisOfEachLanguage() throws InvalidQueryException {
        String query = parser.parse("laundering", false).toString();

        assertThat(query)
                .contains("body_en:launder", "body_fr:laundering", "body_xx:laundering", "(title_en:launder)^3.0");
    }

    @Test
    void fieldAndRegexSyntaxAreTakenLiterally() throws InvalidQueryException {
        String query = parser.parse("E/CN.15/2019/L.5 country:FRA", false).toString();

        // Searched as words in the text fields, not as a field "country" or a regular expression.
        assertThat(query).contains("+refs_xx:cn +refs_xx:15 +refs_xx:2019").contains("(+refs_xx:country +refs_xx:fra)");
    }

    @Test
    void conceptsAreRecognisedInEveryLanguage() {
        assertThat(parser.conceptsIn("blanchiment d'argent")).containsExactly("money-laundering");
        assertThat(parser.conceptsIn("Money-Laundering and illicit trafficking in precious metals"))
                .containsExactly("money-laundering", "illicit-trafficking", "precious-metals");
        assertThat(parser.conceptsIn("trafic illicite de migrants")).containsExactly("smuggling-of-migrants");
        assertThat(parser.conceptsIn("洗钱犯罪")).containsExactly("money-laundering", "crime");
        assertThat(parser.conceptsIn("взаимной правовой помощи")).containsExactly("mutual-legal-assistance");
        assertThat(parser.conceptsIn("مصادرة عائدات الجرائم")).containsExactly("confiscation", "proceeds-of-crime");
        assertThat(parser.conceptsIn("la trata de personas")).containsExactly("trafficking-in-persons");
        assertThat(parser.conceptsIn("annual holidays")).isEmpty();
    }

    @Test
    void expansionCanBeTurnedOff() throws InvalidQueryException {
        Query on = parser.parse("entraide judiciaire", true);
        Query off = parser.parse("entraide judiciaire", false);

        assertThat(on.toString()).contains("body_zh:#mutual-legal-assistance", "body_en:#mutual-legal-assistance");
        assertThat(off.toString()).doesNotContain("#mutual-legal-assistance");
    }

    @Test
    void malformedQueriesGetMessagesThatSayWhatToDo() {
        assertThat(message("\"proceeds of crime"))
                .isEqualTo("A quotation mark is not closed. Add the closing \" after the phrase, or remove the opening"
                        + " one.");
        assertThat(message("(corruption OR bribery"))
                .isEqualTo("A parenthesis \"(\" is not closed. Add \")\" where the group ends, or remove it.");
        assertThat(message("corruption)"))
                .isEqualTo("A closing parenthesis \")\" has no opening one. Remove it or add \"(\" where the group"
                        + " starts.");
        assertThat(message("*laundering"))
                .isEqualTo("A word cannot start with * or ?. Put the wildcard at the end of a word, e.g. launder*"
                        + " finds laundering and launderer.");
        assertThat(message("corruption AND"))
                .isEqualTo("The search could not be understood at the end. AND, OR and NOT need a word on both sides,"
                        + " and * must follow a word. Correct it, or put the words in quotation marks to search them"
                        + " as a phrase.");
        assertThat(message("corruption AND OR bribery")).startsWith("The search could not be understood near \"OR\".");
        assertThat(message("x".repeat(1001)))
                .isEqualTo("The search is too long (1001 characters); at most 1000 are allowed. Use the most telling"
                        + " words.");
        assertThat(message("(".repeat(11) + "a" + ")".repeat(11)))
                .isEqualTo("The search has more than 10 nested parentheses. Simplify it.");
    }

    @Test
    void moreFuzzyWordsThanAllowedAreRefusedWithTheirCount() throws InvalidQueryException {
        assertThat(parser.parse("launder~ proceed~ confiscat~ traffic~", true)).isNotNull();

        String twoHundred = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> "a" + Integer.toString(i, 36) + "~")
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(message(twoHundred))
                .isEqualTo("The search has 200 fuzzy words (word~); at most 4 are allowed. Keep the ~ only on the"
                        + " words whose spelling you are unsure of.");
        assertThat(message(words(5, "~"))).startsWith("The search has 5 fuzzy words");
    }

    @Test
    void aSearchWithMoreClausesThanLuceneRunsIsRefusedWhenParsed() throws InvalidQueryException {
        Query thirty = parser.parse(words(30, ""), true);
        assertThat(LibraryQueryParser.clauses(thirty)).isLessThanOrEqualTo(LibraryQueryParser.maxClauses());

        String refused =
                "The search has too many words or alternatives. Shorten it or use a phrase in quotation marks.";
        assertThat(message(words(60, ""))).isEqualTo(refused);
        assertThat(message(String.join(" OR ", words(60, "").split(" ")))).isEqualTo(refused);
        assertThat(message(words(60, "*"))).isEqualTo(refused);
        assertThat(message("\"" + words(60, "") + "\"")).isEqualTo(refused);
    }

    /** Distinct made-up words, each followed by the given syntax. */
    private static String words(int count, String suffix) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "word" + Integer.toString(i, 36) + suffix)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void trailingBackslashIsReportedNotThrown() {
        assertThatThrownBy(() -> parser.parse("money\\", true)).isInstanceOf(InvalidQueryException.class);
    }
}
