package org.unodc.rt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unodc.rt.search.analysis.LanguageAnalyzers;
import org.unodc.rt.search.query.LibraryQueryParser;

/**
 * The refusals' bundle ({@link ErrorText#BUNDLE}): every key the code uses is there, in each of the six UN
 * languages, with the same arguments, and every text is a valid {@link MessageFormat} pattern.
 */
class ErrorTextTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE_DIR = Path.of("src/main/resources/org/unodc/rt/search");
    private static final List<String> TRANSLATIONS = List.of("ar", "zh", "fr", "ru", "es");

    private static final String LITERAL = "\"([^\"\\\\]*)\"";
    /** {@code new InvalidQueryException("query.x", query, …)}: the key comes first. */
    private static final Pattern QUERY_KEY = Pattern.compile("new\\s+InvalidQueryException\\(\\s*" + LITERAL);
    /** {@code new ExtractionRejectedException(REASON, [cause,] "upload.x", …)}. */
    private static final Pattern UPLOAD_KEY = Pattern.compile(
            "new\\s+ExtractionRejectedException\\(\\s*[\\w.]+\\s*,\\s*(?:[a-z]\\w*\\s*,\\s*)?" + LITERAL);
    /** A key handed to an exception through a small record: {@code new Problem("query.x", …)}. */
    private static final Pattern PROBLEM_KEY = Pattern.compile("new\\s+Problem\\(\\s*" + LITERAL);
    /** A phrase told inside another text: {@code Phrase.of("upload.kind.pdf")}. */
    private static final Pattern PHRASE_KEY = Pattern.compile("Phrase\\.of\\(\\s*" + LITERAL);
    /** Any call; its key must be a literal or {@code problem.key()} (see {@link #PROBLEM_KEY}). */
    private static final Pattern ANY_CALL =
            Pattern.compile("new\\s+(?:InvalidQueryException|ExtractionRejectedException)\\(");

    private static final Pattern PROBLEM_CALL =
            Pattern.compile("new\\s+InvalidQueryException\\(\\s*problem\\.key\\(\\)");

    private static final Pattern ARGUMENT_INDEX = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

    @AfterEach
    void close() {
        analyzers.close();
    }

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundle() throws IOException {
        Map<String, String> used = keysUsedInCode();
        Properties english = bundle("");

        assertThat(used)
                .as("keys found in %s; does the scan still match the calls?", SOURCES)
                .hasSizeGreaterThan(30);
        Set<String> missing = new TreeSet<>(used.keySet());
        missing.removeAll(english.stringPropertyNames());
        if (!missing.isEmpty()) {
            StringBuilder list = new StringBuilder("Keys used in the code but missing in errors.properties:");
            missing.forEach(k -> list.append("\n  ")
                    .append(k)
                    .append(" (")
                    .append(used.get(k))
                    .append(')'));
            fail(list.toString());
        }
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used.keySet());
        assertThat(unused).as("keys in errors.properties that no code uses").isEmpty();
    }

    @Test
    void everyCallNamesItsKeyLiterally() throws IOException {
        List<String> indirect = new ArrayList<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            Matcher call = ANY_CALL.matcher(source);
            while (call.find()) {
                String rest = source.substring(call.start());
                boolean checked = Stream.of(QUERY_KEY, UPLOAD_KEY, PROBLEM_CALL)
                        .anyMatch(p -> p.matcher(rest).lookingAt());
                if (!checked) {
                    long line = source.substring(0, call.start()).lines().count();
                    indirect.add(SOURCES.relativize(file) + ":" + line);
                }
            }
        }
        assertThat(indirect)
                .as("calls whose key this test cannot check; pass a literal key or a Problem")
                .isEmpty();
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("");
        assertThat(english).isNotEmpty();
        for (String language : TRANSLATIONS) {
            Properties translated = bundle(language);
            assertThat(translated.stringPropertyNames())
                    .as("keys of errors_%s.properties", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
        for (String language : languages()) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key))
                        .as("%s in %s", key, file(language))
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyTextIsAPatternWithTheEnglishArguments() throws IOException {
        Properties english = bundle("");
        for (String language : languages()) {
            Properties texts = bundle(language);
            Locale locale = Locale.forLanguageTag(language.isEmpty() ? "en" : language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                try {
                    new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException e) {
                    fail("%s in %s is not a MessageFormat pattern: %s", key, file(language), e.getMessage());
                }
                assertThat(argumentIndexes(pattern))
                        .as("arguments of %s in %s", key, file(language))
                        .isEqualTo(argumentIndexes(english.getProperty(key)));
            }
        }
    }

    @Test
    void noTextHasALoneStraightApostrophe() throws IOException {
        Pattern apostrophes = Pattern.compile("'+");
        for (String language : languages()) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                Matcher run = apostrophes.matcher(texts.getProperty(key));
                while (run.find()) {
                    assertThat(run.group().length() % 2)
                            .as("%s in %s: write '' for an apostrophe, or ’", key, file(language))
                            .isZero();
                }
            }
        }
    }

    @Test
    void theFilesAreUtf8WithoutEscapes() throws IOException {
        for (String language : languages()) {
            // Files.readString refuses bytes that are not UTF-8, where a ResourceBundle would quietly read Latin-1.
            assertThat(Files.readString(file(language)))
                    .as(file(language).toString())
                    .doesNotContain("\\u");
        }
    }

    @Test
    void aMalformedSearchIsExplainedInTheReadersLanguage() {
        LibraryQueryParser parser = new LibraryQueryParser(analyzers, IndexSchema.SEARCH_FIELDS, IndexSchema.BOOSTS);

        InvalidQueryException unclosed = refusal(parser, "\"proceeds of crime");
        String english =
                "A quotation mark is not closed. Add the closing \" after the phrase, or remove the opening one.";
        assertThat(unclosed.key()).isEqualTo("query.unclosedQuote");
        assertThat(unclosed.getMessage()).isEqualTo(english);
        assertThat(unclosed.explanation(Locale.ENGLISH)).isEqualTo(english);
        assertThat(unclosed.explanation(Locale.FRENCH))
                .isEqualTo("Un guillemet n’est pas fermé. Ajoutez le \" fermant après l’expression, ou supprimez le"
                        + " guillemet ouvrant.");
        assertThat(unclosed.explanation(Locale.GERMAN)).as("no German: English").isEqualTo(english);

        InvalidQueryException near = refusal(parser, "corruption AND OR bribery");
        assertThat(near.key()).isEqualTo("query.syntaxNear");
        assertThat(near.arguments()).containsExactly("OR");
        assertThat(near.getMessage()).startsWith("The search could not be understood near \"OR\".");
        assertThat(near.explanation(Locale.FRENCH))
                .startsWith("La recherche n’a pas pu être interprétée près de \"OR\".");
        assertThat(near.explanation(Locale.forLanguageTag("es")))
                .startsWith("No se pudo interpretar la búsqueda cerca de \"OR\".");

        InvalidQueryException tooLong = refusal(parser, "x".repeat(1001));
        assertThat(tooLong.explanation(Locale.FRENCH))
                .startsWith("La recherche est trop longue (1\u202f001 caractères)");
        assertThat(tooLong.getMessage()).startsWith("The search is too long (1001 characters); at most 1000 are");
    }

    @Test
    void aPhraseIsToldInTheLanguageOfItsSentence() {
        List<Serializable> arguments = List.of("law.pdf", "pdf", ErrorText.Phrase.of("upload.kind.docx"));

        assertThat(ErrorText.text(Locale.ENGLISH, "upload.typeMismatch", arguments))
                .isEqualTo("\"law.pdf\" is named .pdf but contains a Word document (DOCX). Rename it with the right"
                        + " extension or upload the intended file.");
        assertThat(ErrorText.text(Locale.forLanguageTag("ru"), "upload.typeMismatch", arguments))
                .startsWith("Файл \"law.pdf\" имеет расширение .pdf, но по содержимому это документ Word (DOCX).");
        assertThat(ErrorText.text(Locale.GERMAN, "upload.typeMismatch", arguments))
                .startsWith("\"law.pdf\" is named .pdf but contains a Word document (DOCX).");
        assertThat(ErrorText.Phrase.of("upload.size.kilobytes", 2L)).hasToString("2 KB");
    }

    private static InvalidQueryException refusal(LibraryQueryParser parser, String query) {
        try {
            parser.parse(query, true);
        } catch (InvalidQueryException e) {
            return e;
        }
        throw new AssertionError("Parsed: " + query);
    }

    /** Each key named literally in the code, with the first file that names it. */
    private static Map<String, String> keysUsedInCode() throws IOException {
        Map<String, String> keys = new TreeMap<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            for (Pattern p : List.of(QUERY_KEY, UPLOAD_KEY, PROBLEM_KEY, PHRASE_KEY)) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    keys.putIfAbsent(m.group(1), SOURCES.relativize(file).toString());
                }
            }
        }
        return keys;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The argument numbers a pattern uses, quoted text ('…') left out. */
    private static Set<Integer> argumentIndexes(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = ARGUMENT_INDEX.matcher(unquoted);
        while (m.find()) {
            indexes.add(Integer.valueOf(m.group(1)));
        }
        return indexes;
    }

    private static List<String> languages() {
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(TRANSLATIONS);
        return all;
    }

    private static Path file(String language) {
        return BUNDLE_DIR.resolve(language.isEmpty() ? "errors.properties" : "errors_" + language + ".properties");
    }

    private static Properties bundle(String language) throws IOException {
        Properties texts = new Properties();
        texts.load(new StringReader(Files.readString(file(language))));
        return texts;
    }
}
