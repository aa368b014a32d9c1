package org.unodc.rt.domain.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Member State a participant name of a UN treaty table means. The UN writes the same State in several ways
 * over the years and across tables ("Bolivia (Plurinational State of)", "St. Lucia", "Côte d'Ivoire", "Turkey"
 * before "Türkiye", "Belgium 2" with a footnote number), so names are compared by a key that ignores case, accents,
 * punctuation, footnote markers and the order of a qualifier in brackets, against every name a State goes by: its
 * names in the six languages, the JDK's (CLDR) names of its ISO code in English and French, and the former names the
 * UN used before a State's name changed ({@code former-names.properties}). A key two States share is no match for
 * either. A name that is not a Member State (the European Union, the Holy See, Niue) stays unmatched.
 */
public final class ParticipantMatcher {

    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*(.*)$");
    private static final Pattern FOOTNOTES = Pattern.compile(
            "(\\s*(\\[\\s*\\d+\\s*]|\\(\\s*\\d+\\s*\\)|[\\d\\u00B9\\u00B2\\u00B3\\u2070-\\u2079*†‡,]+))+$");
    private static final Set<String> LEADING_ARTICLES = Set.of("the");

    private static final String AMBIGUOUS = "";

    /**
     * key → ISO alpha-3 code, closest names first: the UN's English names (current and former) before the names in
     * other languages and CLDR's, so that another language's name of one State never hides the English name of
     * another. A key two States share within a tier maps to {@link #AMBIGUOUS}.
     */
    private final List<Map<String, String>> tiers = new ArrayList<>();

    /** @param unNames the UN's English names of each State (current and former), by ISO alpha-3 code */
    public ParticipantMatcher(Map<String, ? extends Collection<String>> unNames) {
        this(unNames, Map.of());
    }

    /**
     * @param unNames the UN's English names of each State (current and former), by ISO alpha-3 code
     * @param otherNames its names in other languages and from other sources, tried when no UN English name matches
     */
    public ParticipantMatcher(
            Map<String, ? extends Collection<String>> unNames, Map<String, ? extends Collection<String>> otherNames) {
        tiers.add(index(unNames));
        tiers.add(index(otherNames));
    }

    private static Map<String, String> index(Map<String, ? extends Collection<String>> namesByIso3) {
        Map<String, String> byKey = new HashMap<>();
        namesByIso3.forEach((iso3, names) -> {
            Set<String> keys = new LinkedHashSet<>();
            for (String name : names) {
                keys.addAll(keys(name));
            }
            for (String key : keys) {
                byKey.merge(key, iso3, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        });
        return byKey;
    }

    /** A matcher over the States' names in the six languages, their CLDR names and their former UN names. */
    public static ParticipantMatcher of(Collection<MemberState> states) {
        Properties former = formerNames();
        Map<String, List<String>> unNames = new HashMap<>();
        Map<String, List<String>> otherNames = new HashMap<>();
        for (MemberState state : states) {
            List<String> english = new ArrayList<>(List.of(state.englishName()));
            String formerly = former.getProperty(state.iso3());
            if (formerly != null) {
                for (String name : formerly.split("\\|")) {
                    english.add(name.strip());
                }
            }
            unNames.put(state.iso3(), english);
            List<String> other = new ArrayList<>(state.names().values());
            Locale country = new Locale("", state.iso2());
            other.add(country.getDisplayCountry(Locale.ENGLISH));
            other.add(country.getDisplayCountry(Locale.FRENCH));
            otherNames.put(state.iso3(), other);
        }
        return new ParticipantMatcher(unNames, otherNames);
    }

    private static Properties formerNames() {
        Properties former = new Properties();
        try (InputStream in = ParticipantMatcher.class.getResourceAsStream("former-names.properties")) {
            if (in != null) {
                former.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return former;
    }

    /** The ISO alpha-3 code of the State the name means, if exactly one State goes by it. */
    public Optional<String> match(String participant) {
        List<String> keys = keys(participant);
        for (Map<String, String> tier : tiers) {
            for (String key : keys) {
                String iso3 = tier.get(key);
                if (iso3 != null) {
                    // An ambiguous key stops the search: a closer name two States share is no hint for a farther one.
                    return iso3.equals(AMBIGUOUS) ? Optional.empty() : Optional.of(iso3);
                }
            }
        }
        return Optional.empty();
    }

    /** The main key of a name: what two spellings of one name have in common. */
    public static String key(String name) {
        List<String> keys = keys(name);
        return keys.isEmpty() ? "" : keys.get(0);
    }

    /**
     * The keys a name is known by, the closest first: the name as written; the bracketed qualifier moved in front
     * ("Bolivia (Plurinational State of)" is also "Plurinational State of Bolivia"); the name without it ("Bolivia").
     */
    static List<String> keys(String name) {
        String cleaned = stripFootnotes(name == null ? "" : name.strip());
        Set<String> keys = new LinkedHashSet<>();
        keys.add(normalize(cleaned));
        Matcher bracketed = BRACKETED.matcher(cleaned);
        if (bracketed.matches()) {
            String base = (bracketed.group(1) + " " + bracketed.group(3)).strip();
            String qualifier = bracketed.group(2).strip();
            keys.add(normalize(qualifier + " " + base));
            keys.add(normalize(base));
        }
        keys.remove("");
        return new ArrayList<>(keys);
    }

    private static String stripFootnotes(String name) {
        return FOOTNOTES.matcher(name).replaceAll("").strip();
    }

    /**
     * Lower case without accents or punctuation, "St." as "Saint", "&" as "and", a leading "The" dropped, one space
     * between words.
     */
    static String normalize(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’`ʼ‘]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        List<String> words = new ArrayList<>(List.of(plain.split(" ")));
        words.replaceAll(word -> word.equals("st") || word.equals("ste") ? "saint" : word);
        if (words.size() > 1 && LEADING_ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words).strip();
    }
}
