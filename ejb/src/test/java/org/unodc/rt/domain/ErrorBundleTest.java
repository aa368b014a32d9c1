package org.unodc.rt.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.domain.account.AccountToken;
import org.unodc.rt.domain.cycle.CycleStatus;
import org.unodc.rt.domain.library.LibraryLink;
import org.unodc.rt.domain.returns.ReturnStatus;

/**
 * The errors bundle ({@code org/unodc/rt/domain/errors*.properties}) says every refusal of the domain and the
 * services in the six languages: each key the code uses exists, each language has every key, and every text is a
 * {@link MessageFormat} pattern with the same arguments as the English one.
 */
class ErrorBundleTest {

    private static final String RESOURCE = "/org/unodc/rt/domain/errors";

    private static final List<String> LANGUAGES = List.of("ar", "zh", "fr", "ru", "es");

    /**
     * {@code Explanation.of("a.key", …)} (and the bare {@code of("a.key", …)} inside {@link Explanation}) whose key
     * is a literal on its own; keys built from an enum ({@code "cycleStatus." + name()}) are checked separately.
     */
    private static final Pattern LITERAL_KEY =
            Pattern.compile("(\\bExplanation\\.of|(?<![\\w.])of)\\(\\s*\"([^\"]+)\"\\s*[,)]");

    /** A business exception built from a string literal or another exception's English message. */
    private static final Pattern ENGLISH_REFUSAL = Pattern.compile("new\\s+(?:[\\w.]+\\.)?(RuleViolation|InvalidValue"
            + "|BusinessException|InvalidInputException|NotFoundException|AccessDeniedException"
            + "|TooManyRequestsException)\\(\\s*(\"|\\w+\\.getMessage\\(\\))");

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

    @Test
    void everyKeyTheCodeUsesIsInTheEnglishBundle() throws IOException {
        Set<String> english = bundle("").stringPropertyNames();
        Map<String, List<String>> missing = new TreeMap<>();
        int found = 0;
        for (Path source : sources()) {
            String code = Files.readString(source, UTF_8);
            boolean isExplanation = source.getFileName().toString().equals("Explanation.java");
            Matcher matcher = LITERAL_KEY.matcher(code);
            while (matcher.find()) {
                if (!matcher.group(1).startsWith("Explanation") && !isExplanation) {
                    continue;
                }
                found++;
                if (!english.contains(matcher.group(2))) {
                    missing.computeIfAbsent(matcher.group(2), k -> new ArrayList<>())
                            .add(main().relativize(source).toString());
                }
            }
        }

        assertThat(found).as("literal keys found in the sources").isGreaterThan(100);
        assertThat(missing)
                .as("keys used in the code but missing from errors.properties")
                .isEmpty();
    }

    @Test
    void noRefusalIsWrittenInEnglishInTheCode() throws IOException {
        List<String> english = new ArrayList<>();
        for (Path source : sources()) {
            String code = Files.readString(source, UTF_8);
            Matcher matcher = ENGLISH_REFUSAL.matcher(code);
            while (matcher.find()) {
                english.add(main().relativize(source) + ": " + matcher.group());
            }
        }

        assertThat(english)
                .as("refusals built from English text instead of an explanation")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyLanguageHasExactlyTheEnglishKeysAndNoEmptyText(String language) {
        Properties english = bundle("");
        Properties translated = bundle(language);

        assertThat(new TreeSet<>(translated.stringPropertyNames()))
                .as("keys of errors_%s.properties", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(empty(translated))
                .as("empty texts in errors_%s.properties", language)
                .isEmpty();
    }

    @Test
    void noEnglishTextIsEmpty() {
        assertThat(empty(bundle(""))).isEmpty();
    }

    @Test
    void everyTextIsAPatternWithTheArgumentsOfTheEnglishOne() {
        Properties english = bundle("");
        List<String> wrong = new ArrayList<>();
        for (String language : Stream.concat(Stream.of(""), LANGUAGES.stream()).toList()) {
            Properties texts = bundle(language);
            Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String pattern = texts.getProperty(key);
                try {
                    new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException e) {
                    wrong.add(language + " " + key + ": not a MessageFormat pattern (" + e.getMessage() + ")");
                    continue;
                }
                if (english.containsKey(key) && !arguments(pattern).equals(arguments(english.getProperty(key)))) {
                    wrong.add(language + " " + key + ": arguments " + arguments(pattern) + " instead of "
                            + arguments(english.getProperty(key)));
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void noTextHasALoneStraightApostrophe() {
        List<String> wrong = new ArrayList<>();
        for (String language : Stream.concat(Stream.of(""), LANGUAGES.stream()).toList()) {
            Properties texts = bundle(language);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                if (texts.getProperty(key).replace("''", "").contains("'")) {
                    wrong.add((language.isEmpty() ? "en" : language) + " " + key + ": " + texts.getProperty(key));
                }
            }
        }

        assertThat(wrong)
                .as("a lone ' starts a quoted part and MessageFormat swallows text; write '' or ’")
                .isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExistsForEveryConstant() {
        List<String> keys = new ArrayList<>();
        for (CycleStatus status : CycleStatus.values()) {
            keys.add("cycleStatus." + status.name());
            assertThat(status.explanation().key()).isEqualTo("cycleStatus." + status.name());
        }
        for (ReturnStatus status : ReturnStatus.values()) {
            keys.add("returnStatus." + status.name());
            assertThat(status.explanation().key()).isEqualTo("returnStatus." + status.name());
        }
        for (AccountToken.State state : AccountToken.State.values()) {
            keys.add("token." + state.name());
        }
        for (LibraryLink.Relation relation : LibraryLink.Relation.values()) {
            keys.add("libraryRelation." + relation.name());
            keys.add("library.linkToItself." + relation.name());
            keys.add("library.linkExists." + relation.name());
        }

        for (String language : Stream.concat(Stream.of(""), LANGUAGES.stream()).toList()) {
            assertThat(bundle(language).stringPropertyNames())
                    .as("errors%s.properties", language.isEmpty() ? "" : "_" + language)
                    .containsAll(keys);
        }
    }

    @Test
    void anExplanationIsToldInTheReadersLanguageAndInEnglishWhereTheBundleHasNoSuchLanguage() {
        Explanation closed = Explanation.of("cycle.closed.noReminders");

        assertThat(closed.text(Locale.FRENCH)).isEqualTo(bundle("fr").getProperty("cycle.closed.noReminders"));
        assertThat(closed.text(Locale.ENGLISH)).isEqualTo("The cycle is closed: no more reminders go out.");
        assertThat(closed.english()).isEqualTo("The cycle is closed: no more reminders go out.");
        assertThat(closed.text(Locale.GERMAN)).isEqualTo("The cycle is closed: no more reminders go out.");
    }

    @Test
    void aNestedExplanationIsToldInTheSameLanguage() {
        Explanation readOnly = Explanation.of("return.readOnly", ReturnStatus.ACCEPTED.explanation());

        assertThat(readOnly.english()).isEqualTo("The return is accepted: it is read-only for the State.");
        assertThat(readOnly.text(Locale.FRENCH)).contains("« acceptée »").doesNotContain("accepted");
        assertThat(readOnly.text(Locale.forLanguageTag("es"))).contains("«aceptada»");
    }

    @Test
    void aRuleViolationCarriesItsExplanationAndGivesTheEnglishAsItsMessage() {
        RuleViolation violation =
                new RuleViolation(Explanation.of("cycle.openOnlyPublished", CycleStatus.OPEN.explanation()));

        assertThat(violation).hasMessage("Only a published cycle can be opened; this one is open.");
        assertThat(violation.explanation(Locale.forLanguageTag("ru"))).contains("«открыт»");
    }

    @Test
    void aListIsSeparatedAsTheLanguageSeparatesItems() {
        Explanation list = Explanation.list(
                List.of(Explanation.of("cycle.frozen.rename"), Explanation.of("cycle.frozen.publish"), "PDF"));

        assertThat(list.english()).isEqualTo("rename the cycle; publish it; PDF");
        assertThat(list.text(Locale.CHINESE)).isEqualTo("重命名该周期；发布调查问卷；PDF");
        assertThat(Explanation.list(List.of("one")).english()).isEqualTo("one");
    }

    @Test
    void aRefusedArgumentWithoutAnExplanationIsToldAsItIs() {
        assertThatCode(() -> RejectedArgument.explain(new IllegalArgumentException((String) null))
                        .english())
                .doesNotThrowAnyException();
        assertThat(RejectedArgument.explain(new IllegalArgumentException("no report for x"))
                        .text(Locale.FRENCH))
                .isEqualTo("no report for x");
        assertThat(RejectedArgument.explain(new RejectedArgument(Explanation.of("state.nameEmpty")))
                        .key())
                .isEqualTo("state.nameEmpty");
    }

    private static Set<String> empty(Properties texts) {
        Set<String> empty = new TreeSet<>();
        texts.stringPropertyNames().stream()
                .filter(key -> texts.getProperty(key).isBlank())
                .forEach(empty::add);
        return empty;
    }

    /** The argument indexes a pattern uses, outside quoted parts. */
    private static Set<Integer> arguments(String pattern) {
        String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
        Set<Integer> indexes = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(unquoted);
        while (matcher.find()) {
            indexes.add(Integer.parseInt(matcher.group(1)));
        }
        return indexes;
    }

    /** The texts of one language ("" for English), as the class path has them. */
    private static Properties bundle(String language) {
        String name = RESOURCE + (language.isEmpty() ? "" : "_" + language) + ".properties";
        try (InputStream in = ErrorBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties texts = new Properties();
            try (Reader reader = new InputStreamReader(in, UTF_8)) {
                texts.load(reader);
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path main() {
        String basedir = System.getProperty("basedir");
        Path module = basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(module.resolve("src/main/java")) && Files.isDirectory(module.resolve("ejb"))) {
            module = module.resolve("ejb");
        }
        return module.resolve("src/main/java");
    }

    private static List<Path> sources() throws IOException {
        assertThat(main()).isDirectory();
        try (Stream<Path> files = Files.walk(main())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
