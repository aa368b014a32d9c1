package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * No input crashes the parser: whatever it is given, it returns a record or refuses with a
 * {@link NotAResolutionException} of its own (not one wrapping an internal error), and quickly.
 */
class ParserRobustnessProperties {

    private static final ResolutionTextParser PARSER = new ResolutionTextParser();
    private static final Duration QUICK = Duration.ofSeconds(5);
    /** Megabytes of text on two shared cores. */
    private static final Duration QUICK_FOR_HUGE = Duration.ofSeconds(20);

    /** Pieces of the genre, so that random text reaches the deeper parts of the parser. */
    private static final List<String> GENRE = List.of(
            "1. ",
            "2. ",
            "l. ",
            "- 3. ",
            "12. ",
            "*Requests* ",
            "Requests ",
            "Also requests ",
            "Invites ",
            "Calls upon ",
            "Reiterates its call on ",
            "Notes ",
            "Decides ",
            "Recommends to the General Assembly the adoption of the following draft resolution:",
            "The General Assembly,",
            "The Economic and Social Council,",
            "“The General Assembly,",
            "The Commission on Crime Prevention and Criminal Justice,",
            "Recalling ",
            "Recalling also ",
            "Noting with interest also ",
            "Greatly concerned ",
            "Member States",
            "the Executive Director",
            "the Secretary-General",
            "the Office",
            "and other donors",
            ", and invites Member States to ",
            " to report to the Commission at its twenty-fourth session",
            " at its ",
            " and ",
            ", ",
            "; ",
            ": ",
            ".",
            "¹",
            "²³",
            "* ",
            "*",
            "“",
            "”",
            "\"",
            "(a) ",
            "(b) ",
            "\n",
            "\n\n",
            "\r\n",
            "\f",
            "\t",
            "resolution 2013/38",
            "66/181",
            "E/RES/2013/38",
            "Please recycle",
            "2/5",
            "Distr.: General",
            "47th plenary meeting",
            "25 July 2013",
            "Peru and South Africa: draft resolution",
            "Agenda item 14 (c)",
            "Twenty-eighth session",
            "1 United Nations, Treaty Series",
            "Annex",
            "United Nations Convention against Transnational Organized Crime",
            "the Protocols thereto",
            "Resolution adopted by the General Assembly on 19 December 2011",
            "2011/32",
            "\u0000",
            "\uD800",
            "ﬁ",
            "\u00AD",
            " ",
            "   ",
            "x",
            "States",
            "that have not yet done so",
            "(",
            ")",
            "0",
            "999");

    private static String[] seeds;

    @BeforeContainer
    static void readSeeds() {
        seeds = new String[Seeds.RESOLUTIONS.length];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Seeds.read(Seeds.RESOLUTIONS[i]);
        }
    }

    /** Parses; a refusal is fine, any other outcome (exception, error, wrapped internal error, slowness) is not. */
    private static ParsedResolution parseOrRefuse(String text, Duration limit) {
        return assertTimeoutPreemptively(limit, () -> {
            try {
                ParsedResolution r = PARSER.parse(text);
                assertThat(r.operative()).isNotEmpty();
                assertThat(r.operative()).allSatisfy(p -> assertThat(p.number()).isPositive());
                assertThat(r.body()).isNotNull();
                return r;
            } catch (NotAResolutionException e) {
                assertThat(e.getCause()).as("internal error behind the refusal").isNull();
                assertThat(e.getMessage()).isNotBlank();
                return null;
            }
        });
    }

    @Property(tries = 300)
    void arbitraryStrings(@ForAll @StringLength(max = 3000) String text) {
        parseOrRefuse(text, QUICK);
    }

    @Property(tries = 300)
    void anyCharactersIncludingControlsAndSurrogates(@ForAll("anyCharacters") String text) {
        parseOrRefuse(text, QUICK);
    }

    @Property(tries = 500)
    void genreSoup(@ForAll("genreSoup") String text) {
        parseOrRefuse(text, QUICK);
    }

    @Property(tries = 400)
    void mutatedSeeds(@ForAll("mutatedSeeds") String text) {
        parseOrRefuse(text, QUICK);
    }

    @Property(tries = 6)
    void hugeInputs(@ForAll("hugeInputs") String text) {
        parseOrRefuse(text, QUICK_FOR_HUGE);
    }

    @Property(tries = 150)
    void pageFurnitureBetweenLinesChangesNoOperativeParagraph(
            @ForAll("seedIndexes") int seed, @ForAll("randomSeeds") long randomSeed) throws NotAResolutionException {
        String original = seeds[seed];
        String withFurniture = insertFurniture(original, new Random(randomSeed));
        ParsedResolution expected = PARSER.parse(original);
        ParsedResolution actual = parseOrRefuse(withFurniture, QUICK);
        assertThat(actual).isNotNull();
        assertThat(verbs(actual)).isEqualTo(verbs(expected));
        if (expected.nestedDraft() != null) {
            assertThat(actual.nestedDraft()).isNotNull();
            assertThat(verbs(actual.nestedDraft())).isEqualTo(verbs(expected.nestedDraft()));
        }
    }

    @Example
    void pathologicalRepetitionsAreQuick() {
        int n = 1_500_000;
        for (String unit : List.of(
                "a",
                " ",
                ",",
                "1. ",
                "*",
                "(",
                "“",
                "\n",
                "1. Requests Member States, ",
                "Member States and ",
                " to the",
                "resolution 1/1 ",
                "¹",
                "The General Assembly,\n",
                "Recalling x,\n",
                "1. Invites States, ")) {
            StringBuilder sb = new StringBuilder(n + 40);
            while (sb.length() < n) {
                sb.append(unit);
            }
            parseOrRefuse(sb.toString(), QUICK_FOR_HUGE);
        }
    }

    @Example
    void aResolutionPaddedToNearlyTheLimitIsStillRead() {
        StringBuilder sb = new StringBuilder(seeds[1]);
        String paragraph = "\n\n2. Invites Member States to act, and requests the Office to report to the Commission "
                + "at its twenty-fifth session;";
        while (sb.length() < ResolutionTextParser.MAX_CHARS - paragraph.length()) {
            sb.append(paragraph);
        }
        ParsedResolution r = parseOrRefuse(sb.toString(), QUICK_FOR_HUGE);
        assertThat(r).isNotNull();
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> anyCharacters() {
        return Arbitraries.strings().all().ofMaxLength(2000);
    }

    @Provide
    Arbitrary<String> genreSoup() {
        return Arbitraries.of(GENRE).list().ofMaxSize(400).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<Integer> seedIndexes() {
        return Arbitraries.integers().between(0, Seeds.RESOLUTIONS.length - 1);
    }

    @Provide
    Arbitrary<Long> randomSeeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        return Combinators.combine(
                        seedIndexes(),
                        Arbitraries.longs(),
                        Arbitraries.integers().between(1, 12))
                .as((seed, random, mutations) -> mutate(seeds[seed], new Random(random), mutations));
    }

    @Provide
    Arbitrary<String> hugeInputs() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((kind, random) -> huge(kind, new Random(random)));
    }

    private static String huge(int kind, Random random) {
        int target = 1_000_000 + random.nextInt(900_000);
        StringBuilder sb = new StringBuilder(target + 4000);
        while (sb.length() < target) {
            switch (kind) {
                case 0 -> sb.append(GENRE.get(random.nextInt(GENRE.size())));
                case 1 -> sb.append((char) random.nextInt(0x3000));
                case 2 -> sb.append(seeds[random.nextInt(seeds.length)]);
                default -> sb.append(mutate(seeds[random.nextInt(seeds.length)], random, 5));
            }
        }
        return sb.toString();
    }

    /** Random deletions, duplications, shuffles of lines, and damaged characters. */
    static String mutate(String text, Random random, int mutations) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int i = random.nextInt(lines.size());
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(i));
                case 2 -> {
                    int from = random.nextInt(lines.size());
                    int to = Math.min(lines.size(), from + 1 + random.nextInt(10));
                    Collections.shuffle(lines.subList(from, to), random);
                }
                case 3 -> {
                    String line = lines.get(i);
                    if (!line.isEmpty()) {
                        int a = random.nextInt(line.length());
                        int b = Math.min(line.length(), a + random.nextInt(40));
                        lines.set(i, line.substring(0, a) + line.substring(b));
                    }
                }
                case 4 -> {
                    String line = lines.get(i);
                    int a = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines.set(i, line.substring(0, a) + GENRE.get(random.nextInt(GENRE.size())) + line.substring(a));
                }
                case 5 -> Collections.shuffle(lines, random);
                default -> lines.subList(i, Math.min(lines.size(), i + random.nextInt(30)))
                        .clear();
            }
        }
        return String.join("\n", lines);
    }

    private static final List<String> FURNITURE = List.of(
            "Please recycle",
            "Please recycle \u267B",
            "Distr.: General",
            "Distr.: Limited",
            "Distr.: General 7 October 2013",
            "E/RES/2013/38",
            "E/CN.15/2019/L.4",
            "A/RES/66/181 2/5",
            "V.19-02345 (E)",
            "*1902345*",
            "13-41234 (E) 071013 081013",
            "GE.13-12345",
            "2/5",
            "3",
            "- 4 -",
            "Page 2",
            "Advance unedited version",
            "Original: English",
            "United Nations",
            "V.13-85432 (E)    *1385432*");

    static String insertFurniture(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int insertions = 1 + random.nextInt(8);
        for (int k = 0; k < insertions; k++) {
            int at = random.nextInt(lines.size() + 1);
            List<String> block = new ArrayList<>();
            if (random.nextBoolean()) {
                block.add("");
            }
            for (int j = 0, n = 1 + random.nextInt(3); j < n; j++) {
                block.add(FURNITURE.get(random.nextInt(FURNITURE.size())));
            }
            if (random.nextBoolean()) {
                block.add("");
            }
            lines.addAll(at, block);
        }
        return String.join("\n", lines);
    }

    private static List<String> verbs(ParsedResolution r) {
        List<String> out = new ArrayList<>();
        for (OperativeParagraph p : r.operative()) {
            out.add(p.number() + " " + p.verb());
        }
        return out;
    }
}
