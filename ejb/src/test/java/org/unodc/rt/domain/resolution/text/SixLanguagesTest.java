package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The structure of short resolutions written for the tests in Arabic, Chinese, French, Russian and Spanish: the
 * language found, the preambular and operative paragraphs, their numbers and lettered items, the number, the date,
 * the closing meeting and the resolutions cited.
 */
class SixLanguagesTest {

    private final ResolutionTextParser parser = new ResolutionTextParser();

    /** Arabic-Indic digits throughout, "١ -" numbering, "(أ)" items, a "(1)" footnote, the masthead body line. */
    static final String ARABIC =
            """
            الأمم المتحدة
            A/RES/76/998
            الجمعية العامة
            الدورة السادسة والسبعون
            البند ١٠٥ من جدول الأعمال
            قرار اتخذته الجمعية العامة في ١٦ كانون الأول/ديسمبر ٢٠٢١
            ٧٦/٩٩٨\tمنع الجريمة والعدالة الجنائية
            \tإن الجمعية العامة،
            \tإذ تشير إلى قرارها ٧٦/١٨٧ المؤرخ ١٦ كانون الأول/ديسمبر ٢٠٢١،
            \tوإذ تؤكد من جديد أهمية اتفاقية الأمم المتحدة لمكافحة الفساد(1)،
            \t١ -\tتطلب إلى الأمين العام أن يقدم إليها تقريرا؛
            \t٢ -\tتحث الدول الأعضاء على ما يلي:
            \t(أ)\tتعزيز التعاون الدولي؛
            \t(ب)\tتبادل المعلومات؛
            \t(ج)\tتقديم المساعدة التقنية؛
            \t٣ -\tتقرر أن تبقي المسألة قيد نظرها.
            الجلسة العامة ٥٣
            ١٦ كانون الأول/ديسمبر ٢٠٢١
            __________________
            \t(1)\tالأمم المتحدة، مجموعة المعاهدات، المجلد 2349، الرقم 42146.
            """;

    /** Full-width digits and punctuation, "第76/187号决议" citations, a flattened footnote marker after "，". */
    static final String CHINESE =
            """
            联合国
            A/RES/77/997
            大会
            第七十七届会议
            议程项目１０９
            2022年12月15日大会决议
            77/997.\t预防犯罪和刑事司法
            \t大会，
            \t回顾其2021年12月16日第76/187号决议和2020年12月16日第75/194号决议，
            \t又回顾《联合国打击跨国有组织犯罪公约》，1
            \t1.\t请秘书长向大会提交报告；
            \t2.\t鼓励会员国：
            \t(a)\t加强国际合作；
            \t(b)\t交流信息；
            \t３．\t决定继续审议这个问题。
            第53次全体会议
            2022年12月15日
            __________________
            \t1\t联合国，《条约汇编》，第2225卷，第39574号。
            """;

    /** An ECOSOC resolution recommending a draft to the General Assembly, in quotation marks, with "a)" items. */
    static final String FRENCH =
            """
            Nations Unies
            E/RES/2023/99
            Conseil économique et social
            Distr. générale
            3 août 2023
            Session de 2023
            Point 19 c) de l’ordre du jour
            Résolution adoptée par le Conseil économique et social le 25 juillet 2023
            2023/99.\tCoopération internationale contre la criminalité
            \tLe Conseil économique et social
            \tRecommande à l’Assemblée générale d’adopter le projet de résolution suivant :
            \t\t\t« L’Assemblée générale,
            \t\t\tRappelant sa résolution 76/187 du 16 décembre 2021,
            \t\t\tConsciente de la nécessité de renforcer la coopération1,
            \t\t\t1.\tPrie l’Office des Nations Unies contre la drogue et le crime de continuer à fournir une \
            assistance technique ;
            \t\t\t2.\tInvite les États Membres :
            \t\t\ta)\tà renforcer la coopération ;
            \t\t\tb)\tà échanger des informations ;
            \t\t\t3.\tDécide de rester saisie de la question. »
            43e séance plénière
            25 juillet 2023
            __________________
            \t1\tVoir la résolution 73/183.
            """;

    /** Lower-case openers, "а) б) в)" items in Cyrillic, the non-breaking hyphen of "53‑е". */
    static final String RUSSIAN =
            """
            Организация Объединенных Наций
            A/RES/77/996
            Генеральная Ассамблея
            Семьдесят седьмая сессия
            Пункт 109 повестки дня
            Резолюция, принятая Генеральной Ассамблеей 15 декабря 2022 года
            77/996.\tМеждународное сотрудничество
            \tГенеральная Ассамблея,
            \tссылаясь на свою резолюцию 76/187 от 16 декабря 2021 года,
            \tучитывая необходимость укрепления сотрудничества,
            \tбудучи глубоко обеспокоена ростом преступности,
            \t1.\tпросит Генерального секретаря представить ей доклад;
            \t2.\tпризывает государства-члены:
            \tа)\tукреплять сотрудничество;
            \tб)\tобмениваться информацией;
            \tв)\tоказывать техническую помощь;
            \t3.\tпостановляет продолжить рассмотрение этого вопроса.
            53\u2011е пленарное заседание
            15 декабря 2022 года
            """;

    /** "a)" items, a list of cited resolutions with their dates, "53a sesión plenaria". */
    static final String SPANISH =
            """
            Naciones Unidas
            A/RES/76/995
            Asamblea General
            Septuagésimo sexto período de sesiones
            Tema 105 del programa
            Resolución aprobada por la Asamblea General el 16 de diciembre de 2021
            76/995.\tCooperación internacional
            \tLa Asamblea General,
            \tRecordando sus resoluciones 74/177, de 18 de diciembre de 2019, y 75/194, de 16 de diciembre de 2020,
            \tReconociendo la importancia de la cooperación,
            \t1.\tSolicita al Secretario General que le presente un informe;
            \t2.\tExhorta a los Estados Miembros a que:
            \ta)\trefuercen la cooperación;
            \tb)\tintercambien información;
            \t3.\tDecide seguir ocupándose de la cuestión.
            53a sesión plenaria
            16 de diciembre de 2021
            """;

    @Test
    void arabic() throws NotAResolutionException {
        ParsedResolution r = parser.parse(ARABIC);

        assertThat(r.language()).isEqualTo("ar");
        assertThat(r.body()).isEqualTo(ResolutionBody.GA);
        assertThat(r.number()).isEqualTo("76/998");
        assertThat(r.symbol()).isEqualTo("A/RES/76/998");
        assertThat(r.title()).isEqualTo("منع الجريمة والعدالة الجنائية");
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2021, 12, 16));
        assertThat(r.meeting()).isEqualTo("الجلسة العامة 53");
        assertThat(r.session()).isEqualTo("الدورة السادسة والسبعون");
        assertThat(r.agendaItem()).isEqualTo("105");
        assertThat(r.preamble()).hasSize(2);
        assertThat(r.preamble().get(1).text()).endsWith("الفساد،");
        assertThat(numbers(r)).containsExactly(1, 2, 3);
        assertThat(subCounts(r)).containsExactly(0, 3, 0);
        assertThat(r.operative().get(1).subparagraphs())
                .extracting(SubParagraph::label)
                .containsExactly("أ", "ب", "ج");
        assertThat(r.citedResolutions()).containsExactly("76/187");
        assertThat(r.footnotes()).extracting(Footnote::marker).containsExactly("1");
    }

    @Test
    void chinese() throws NotAResolutionException {
        ParsedResolution r = parser.parse(CHINESE);

        assertThat(r.language()).isEqualTo("zh");
        assertThat(r.number()).isEqualTo("77/997");
        assertThat(r.title()).isEqualTo("预防犯罪和刑事司法");
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(r.meeting()).isEqualTo("第53次全体会议");
        assertThat(r.session()).isEqualTo("第七十七届会议");
        assertThat(r.agendaItem()).isEqualTo("109");
        assertThat(r.preamble()).hasSize(2);
        assertThat(numbers(r)).containsExactly(1, 2, 3);
        assertThat(subCounts(r)).containsExactly(0, 2, 0);
        assertThat(r.citedResolutions()).containsExactly("76/187", "75/194");
        assertThat(r.footnotes()).hasSize(1);
    }

    @Test
    void frenchWithANestedDraft() throws NotAResolutionException {
        ParsedResolution r = parser.parse(FRENCH);

        assertThat(r.language()).isEqualTo("fr");
        assertThat(r.body()).isEqualTo(ResolutionBody.ECOSOC);
        assertThat(r.number()).isEqualTo("2023/99");
        assertThat(r.symbol()).isEqualTo("E/RES/2023/99");
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2023, 7, 25));
        assertThat(r.meeting()).isEqualTo("43e séance plénière");
        assertThat(r.session()).isEqualTo("Session de 2023");
        assertThat(r.preamble()).isEmpty();
        assertThat(r.operative()).hasSize(1);
        assertThat(r.operative().get(0).text()).startsWith("Recommande à l’Assemblée générale");

        ParsedResolution draft = r.nestedDraft();
        assertThat(draft).isNotNull();
        assertThat(draft.body()).isEqualTo(ResolutionBody.GA);
        assertThat(draft.language()).isEqualTo("fr");
        assertThat(draft.preamble()).hasSize(2);
        assertThat(numbers(draft)).containsExactly(1, 2, 3);
        assertThat(subCounts(draft)).containsExactly(0, 2, 0);
        assertThat(draft.operative().get(2).text()).isEqualTo("Décide de rester saisie de la question.");
        assertThat(draft.citedResolutions()).containsExactly("76/187", "73/183");
        assertThat(draft.footnotes()).extracting(Footnote::marker).containsExactly("1");
    }

    @Test
    void russian() throws NotAResolutionException {
        ParsedResolution r = parser.parse(RUSSIAN);

        assertThat(r.language()).isEqualTo("ru");
        assertThat(r.number()).isEqualTo("77/996");
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(r.meeting()).isEqualTo("53\u2011е пленарное заседание");
        assertThat(r.session()).isEqualTo("Семьдесят седьмая сессия");
        assertThat(r.preamble()).hasSize(3);
        assertThat(r.preamble().get(0).text()).startsWith("ссылаясь");
        assertThat(numbers(r)).containsExactly(1, 2, 3);
        assertThat(subCounts(r)).containsExactly(0, 3, 0);
        assertThat(r.citedResolutions()).containsExactly("76/187");
    }

    @Test
    void spanish() throws NotAResolutionException {
        ParsedResolution r = parser.parse(SPANISH);

        assertThat(r.language()).isEqualTo("es");
        assertThat(r.number()).isEqualTo("76/995");
        assertThat(r.adoptionDate()).isEqualTo(LocalDate.of(2021, 12, 16));
        assertThat(r.meeting()).isEqualTo("53a sesión plenaria");
        assertThat(r.session()).isEqualTo("Septuagésimo sexto período de sesiones");
        assertThat(r.agendaItem()).isEqualTo("105");
        assertThat(r.preamble()).hasSize(2);
        assertThat(numbers(r)).containsExactly(1, 2, 3);
        assertThat(subCounts(r)).containsExactly(0, 2, 0);
        assertThat(r.citedResolutions()).containsExactly("74/177", "75/194");
    }

    @Test
    void hardWrappedLinesWithoutTabsReadTheSame() throws NotAResolutionException {
        // as from a PDF: no indentation, a paragraph broken over two lines
        String wrapped = SPANISH.replace("\t", " ")
                .replace("presente un informe;", "presente\nun informe;")
                .replace("la importancia de la cooperación,", "la importancia\nde la cooperación,");

        ParsedResolution r = parser.parse(wrapped);

        assertThat(r.preamble()).hasSize(2);
        assertThat(numbers(r)).containsExactly(1, 2, 3);
        assertThat(subCounts(r)).containsExactly(0, 2, 0);
        assertThat(r.operative().get(0).text()).isEqualTo("Solicita al Secretario General que le presente un informe;");
    }

    @Test
    void theLetterLTypedForTheDigitOneNumbersTheFirstParagraph() throws NotAResolutionException {
        ParsedResolution r = parser.parse(RUSSIAN.replace("\t1.\tпросит", "\tl.\tпросит"));

        assertThat(numbers(r)).containsExactly(1, 2, 3);
    }

    @Test
    void theGivenLanguageIsTheOneRead() throws NotAResolutionException {
        assertThat(parser.parse(FRENCH, UnLanguage.FR).language()).isEqualTo("fr");
        assertThat(parser.parse(SPANISH, null).language()).isEqualTo("es");
        // told the wrong language, the parser does not find the French enacting formula
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parse(FRENCH, UnLanguage.ZH))
                .isInstanceOf(NotAResolutionException.class);
    }

    @Test
    void languageDetection() {
        assertThat(LanguageDetector.detect(ARABIC)).isEqualTo(UnLanguage.AR);
        assertThat(LanguageDetector.detect(CHINESE)).isEqualTo(UnLanguage.ZH);
        assertThat(LanguageDetector.detect(FRENCH)).isEqualTo(UnLanguage.FR);
        assertThat(LanguageDetector.detect(RUSSIAN)).isEqualTo(UnLanguage.RU);
        assertThat(LanguageDetector.detect(SPANISH)).isEqualTo(UnLanguage.ES);
        assertThat(LanguageDetector.detect("The General Assembly, Recalling its resolution 76/187 of the year"))
                .isEqualTo(UnLanguage.EN);
        assertThat(LanguageDetector.detect("12/34 5")).isEqualTo(UnLanguage.EN);
    }

    @Test
    void normalisationOfDigitsAndMarks() {
        assertThat(TextNormalizer.normalize("\u0661\u0662/\u06F3 \uFF14\u200E\u200F\u061C"))
                .isEqualTo("12/3 4");
    }

    @Test
    void itemLettersFollowEachOtherInEachAlphabet() {
        assertThat(SubLabels.next(0, "أ")).isPositive();
        assertThat(SubLabels.next(SubLabels.next(0, "أ"), "ب")).isPositive();
        assertThat(SubLabels.next(SubLabels.next(0, "أ"), "ج")).isZero();
        int cyrillicA = SubLabels.next(0, "а");
        assertThat(SubLabels.next(cyrillicA, "б")).isPositive();
        // a Cyrillic "а" among Latin letters: "а) b) c)"
        assertThat(SubLabels.next(cyrillicA, "b")).isPositive();
        assertThat(SubLabels.next(SubLabels.next(0, "a"), "c")).isZero();
    }

    @Test
    void citationsInEachLanguage() {
        assertThat(cited(UnLanguage.FR, "Rappelant sa résolution 76/187 et sa décision 75/555,"))
                .containsExactly("76/187");
        assertThat(cited(UnLanguage.AR, "إذ تشير إلى القرار 2200 ألف (د-21) والقرار دإ-30/1،"))
                .containsExactly("2200 A (XXI)", "S-30/1");
        assertThat(cited(UnLanguage.ZH, "回顾第53/199号和2006年12月20日第61/185号决议以及第70/555号决定，"))
                .containsExactly("53/199", "61/185");
        assertThat(cited(UnLanguage.RU, "ссылаясь на резолюцию 76/187 и резолюцию 1086 B (XXXIX) Совета,"))
                .containsExactly("76/187", "1086 B (XXXIX)");
        assertThat(cited(
                        UnLanguage.ES,
                        "Recordando sus resoluciones 74/177, de 18 de diciembre de 2019, relativa a la cooperación"
                                + " internacional contra la delincuencia, 75/194, de 16 de diciembre de 2020, y"
                                + " 76/187, de 16 de diciembre de 2021,"))
                .containsExactly("74/177", "75/194", "76/187");
        assertThat(cited(UnLanguage.EN, "Recalling the Universal Declaration of Human Rights, resolution 217 A (III),"))
                .containsExactly("217 A (III)");
        assertThat(cited(UnLanguage.EN, "Recalling Security Council resolution 1325 (2000) and document A/75/587,"))
                .isEmpty();
    }

    private static List<String> cited(UnLanguage language, String text) {
        return CitationFinder.find(List.of(text), LanguageForms.of(language));
    }

    private static List<Integer> numbers(ParsedResolution r) {
        return r.operative().stream().map(OperativeParagraph::number).toList();
    }

    private static List<Integer> subCounts(ParsedResolution r) {
        return r.operative().stream().map(o -> o.subparagraphs().size()).toList();
    }
}
