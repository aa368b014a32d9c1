package org.unodc.rt.domain.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantMatcherTest {

    /** Member States as the platform names them (UN English short names), with their ISO codes. */
    private static final List<MemberState> STATES = List.of(
            state("BOL", "BO", "Bolivia (Plurinational State of)", "Bolivie (État plurinational de)"),
            state("TUR", "TR", "Türkiye", "Türkiye"),
            state("CIV", "CI", "Côte d'Ivoire", "Côte d'Ivoire"),
            state("GBR", "GB", "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni"),
            state("CZE", "CZ", "Czechia", "Tchéquie"),
            state("SWZ", "SZ", "Eswatini", "Eswatini"),
            state("MKD", "MK", "North Macedonia", "Macédoine du Nord"),
            state("LCA", "LC", "Saint Lucia", "Sainte-Lucie"),
            state("KNA", "KN", "Saint Kitts and Nevis", "Saint-Kitts-et-Nevis"),
            state("COG", "CG", "Congo", "Congo"),
            state("COD", "CD", "Democratic Republic of the Congo", "République démocratique du Congo"),
            state("NER", "NE", "Niger", "Niger"),
            state("NGA", "NG", "Nigeria", "Nigéria"),
            state("NLD", "NL", "Netherlands (Kingdom of the)", "Pays-Bas (Royaume des)"),
            state("BEL", "BE", "Belgium", "Belgique"),
            state("IRN", "IR", "Iran (Islamic Republic of)", "Iran (République islamique d')"),
            state("PRK", "KP", "Democratic People's Republic of Korea", "République populaire démocratique de Corée"),
            state("KOR", "KR", "Republic of Korea", "République de Corée"));

    private final ParticipantMatcher matcher = ParticipantMatcher.of(STATES);

    @Test
    void matchesTheUnsWayOfWritingStatesAndItsVariants() {
        assertThat(matcher.match("Bolivia (Plurinational State of)")).contains("BOL");
        assertThat(matcher.match("Plurinational State of Bolivia")).contains("BOL");
        assertThat(matcher.match("Bolivia")).contains("BOL");
        assertThat(matcher.match("United Kingdom of Great Britain and Northern Ireland"))
                .contains("GBR");
        assertThat(matcher.match("Côte d'Ivoire")).contains("CIV");
        assertThat(matcher.match("Cote d’Ivoire")).contains("CIV");
        assertThat(matcher.match("COTE D'IVOIRE")).contains("CIV");
        assertThat(matcher.match("Netherlands")).contains("NLD");
        assertThat(matcher.match("Iran (Islamic Republic of)")).contains("IRN");
        assertThat(matcher.match("Democratic People's Republic of Korea")).contains("PRK");
        assertThat(matcher.match("Republic of Korea")).contains("KOR");
    }

    @Test
    void matchesFormerNamesTheUnUsedBeforeAStateRenamedItself() {
        assertThat(matcher.match("Türkiye")).contains("TUR");
        assertThat(matcher.match("Turkey")).contains("TUR");
        assertThat(matcher.match("Czech Republic")).contains("CZE");
        assertThat(matcher.match("Swaziland")).contains("SWZ");
        assertThat(matcher.match("The former Yugoslav Republic of Macedonia")).contains("MKD");
    }

    @Test
    void ignoresFootnoteMarkersAndAbbreviations() {
        assertThat(matcher.match("Belgium 2")).contains("BEL");
        assertThat(matcher.match("Belgium2")).contains("BEL");
        assertThat(matcher.match("Belgium*")).contains("BEL");
        assertThat(matcher.match("Belgium¹")).contains("BEL");
        assertThat(matcher.match("Belgium 3, 4")).contains("BEL");
        assertThat(matcher.match("Belgium [5]")).contains("BEL");
        assertThat(matcher.match("St. Lucia")).contains("LCA");
        assertThat(matcher.match("St Kitts & Nevis")).contains("KNA");
    }

    @Test
    void tellsApartStatesWhoseNamesContainEachOther() {
        assertThat(matcher.match("Congo")).contains("COG");
        assertThat(matcher.match("Democratic Republic of the Congo")).contains("COD");
        assertThat(matcher.match("Niger")).contains("NER");
        assertThat(matcher.match("Nigeria")).contains("NGA");
    }

    @Test
    void leavesParticipantsThatAreNoMemberStateUnmatched() {
        assertThat(matcher.match("European Union")).isEmpty();
        assertThat(matcher.match("Holy See")).isEmpty();
        assertThat(matcher.match("Niue")).isEmpty();
        assertThat(matcher.match("State of Palestine")).isEmpty();
        assertThat(matcher.match("")).isEmpty();
    }

    @Test
    void aNameTwoStatesShareMatchesNeither() {
        ParticipantMatcher shared = new ParticipantMatcher(
                Map.of("AAA", List.of("Georgia (Republic of)"), "BBB", List.of("Georgia (State of)")));

        assertThat(shared.match("Georgia")).isEmpty();
        assertThat(shared.match("Georgia (State of)")).contains("BBB");
    }

    @Test
    void anotherLanguagesNameNeverHidesTheEnglishNameOfAnotherState() {
        ParticipantMatcher matcher = new ParticipantMatcher(
                Map.of("AAA", List.of("Dominica"), "BBB", List.of("Dominican Republic")),
                Map.of("BBB", List.of("Dominica")));

        assertThat(matcher.match("Dominica")).contains("AAA");
    }

    private static MemberState state(String iso3, String iso2, String english, String french) {
        try {
            Constructor<MemberState> constructor = MemberState.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            MemberState state = constructor.newInstance();
            set(state, "iso3", iso3);
            set(state, "iso2", iso2);
            set(state, "nameEn", english);
            set(state, "nameFr", french);
            for (String field : List.of("nameEs", "nameRu", "nameZh", "nameAr")) {
                set(state, field, english);
            }
            return state;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
