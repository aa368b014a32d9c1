package org.unodc.rt.search;

import static org.unodc.rt.search.DocumentType.BEST_PRACTICE;
import static org.unodc.rt.search.DocumentType.CASE_LAW;
import static org.unodc.rt.search.DocumentType.LEGISLATION;
import static org.unodc.rt.search.DocumentType.NATIONAL_STRATEGY;
import static org.unodc.rt.search.DocumentType.STUDY;

import java.time.LocalDate;
import java.util.List;

/**
 * Nine small library documents in the six UN languages and German, written so that each search
 * test can state its exact expected hits.
 */
final class LibraryFixtures {

    static final String WEOG = "Western European and other States";
    static final String GRULAC = "Latin American and Caribbean States";

    private LibraryFixtures() {}

    /** United Kingdom, English, money-laundering and confiscation, 2002, amended. */
    static LibraryDocument ukProceedsOfCrime() {
        return LibraryDocument.builder("1", LEGISLATION, "GBR", "Proceeds of Crime Act 2002")
                .regionalGroup(WEOG)
                .languages("en")
                .date(LocalDate.of(2002, 7, 24))
                .status(DocumentStatus.AMENDED)
                .articles("UNTOC art. 6", "UNTOC art. 12")
                .crimeTypes("money-laundering")
                .resolutions("2013/38 para. 6")
                .keywords("asset recovery")
                .text(
                        "en",
                        "An Act to establish the Assets Recovery Agency and to make provision about confiscation"
                                + " orders in relation to persons who benefit from criminal conduct. A person commits"
                                + " an offence of money-laundering if he conceals, disguises, converts or transfers"
                                + " criminal property. The court shall make a confiscation order against the"
                                + " defendant.")
                .build();
    }

    /** France, French, money-laundering and corruption, 2016, in force. */
    static LibraryDocument franceBlanchiment() {
        return LibraryDocument.builder(
                        "2", LEGISLATION, "FRA", "Loi relative à la lutte contre le blanchiment d'argent")
                .titleEnglish("Law on combating money-laundering")
                .regionalGroup(WEOG)
                .languages("fr")
                .date(LocalDate.of(2016, 6, 3))
                .status(DocumentStatus.IN_FORCE)
                .articles("UNTOC art. 6")
                .crimeTypes("money-laundering", "corruption")
                .text(
                        "fr",
                        "Le blanchiment d'argent est le fait de faciliter, par tout moyen, la justification"
                                + " mensongère de l'origine des biens ou des revenus de l'auteur d'un crime ou d'un"
                                + " délit. Les avoirs criminels font l'objet d'une confiscation. Les autorités"
                                + " judiciaires coopèrent au titre de l'entraide judiciaire.")
                .build();
    }

    /** Russian Federation, Russian, trafficking in persons, 2019 (a judgment: no status). */
    static LibraryDocument russiaTrafficking() {
        return LibraryDocument.builder("3", CASE_LAW, "RUS", "Решение по делу о торговле людьми")
                .titleEnglish("Judgment in a case of trafficking in persons")
                .regionalGroup("Eastern European States")
                .languages("ru")
                .date(LocalDate.of(2019, 11, 12))
                .articles("Trafficking in Persons Protocol art. 5")
                .crimeTypes("trafficking-in-persons")
                .text(
                        "ru",
                        "Суд признал обвиняемых виновными в торговле людьми. Преступления были совершены"
                                + " организованной преступной группой. Потерпевшим была предоставлена защита"
                                + " свидетелей.")
                .build();
    }

    /** Mexico, Spanish, illegal mining and precious metals, 2021. */
    static LibraryDocument mexicoMining() {
        return LibraryDocument.builder(
                        "4",
                        NATIONAL_STRATEGY,
                        "MEX",
                        "Estrategia nacional contra la minería ilegal y el tráfico de metales preciosos")
                .titleEnglish("National strategy against illegal mining and trafficking in precious metals")
                .regionalGroup(GRULAC)
                .languages("es")
                .date(LocalDate.of(2021, 3, 1))
                .crimeTypes("illegal-mining", "precious-metals")
                .resolutions("2019/23 para. 3")
                .text(
                        "es",
                        "La minería ilegal y el tráfico ilícito de metales preciosos financian a grupos"
                                + " delictivos organizados. Los delitos de minería ilegal se castigan con penas de"
                                + " prisión. Se promueve el decomiso de los bienes.")
                .build();
    }

    /** Egypt, Arabic, money-laundering, 2002, in force. */
    static LibraryDocument egyptMoneyLaundering() {
        return LibraryDocument.builder("5", LEGISLATION, "EGY", "قانون مكافحة غسل الأموال")
                .titleEnglish("Anti-Money Laundering Law")
                .regionalGroup("African States")
                .languages("ar")
                .date(LocalDate.of(2002, 5, 22))
                .status(DocumentStatus.IN_FORCE)
                .articles("UNTOC art. 6")
                .crimeTypes("money-laundering")
                .text(
                        "ar",
                        "يعاقب على جريمة غسل الأموال بالسجن. وتتولى وحدة مكافحة غسل الأموال تلقي الإخطارات عن"
                                + " العمليات المشبوهة. ويحكم بمصادرة الأموال المتحصلة من الجريمة.")
                .build();
    }

    /** China, Chinese, cybercrime (and money-laundering in the text only), 2020. */
    static LibraryDocument chinaCybercrime() {
        return LibraryDocument.builder("6", STUDY, "CHN", "关于打击网络犯罪的研究报告")
                .titleEnglish("Study on combating cybercrime")
                .regionalGroup("Asia-Pacific States")
                .languages("zh")
                .date(LocalDate.of(2020, 9, 15))
                .crimeTypes("cybercrime")
                .text("zh", "网络犯罪对各国构成严重威胁。本报告分析了网络犯罪的趋势，并建议加强国际合作和司法协助。洗钱活动也越来越多地利用网络。")
                .build();
    }

    /** International, English, firearms, 2015 (year only, no date). */
    static LibraryDocument firearmsPractice() {
        return LibraryDocument.builder("7", BEST_PRACTICE, "INT", "Good practices in firearms control")
                .languages("en")
                .year(2015)
                .instruments("Firearms Protocol")
                .articles("Firearms Protocol art. 8")
                .crimeTypes("firearms")
                .text(
                        "en",
                        "Marking and record-keeping of firearms are essential to trace illicit trafficking. States"
                                + " exchanged good practices on the destruction of seized firearms.")
                .build();
    }

    /** Germany, German (indexed language-neutrally), money-laundering, 2017, in force. */
    static LibraryDocument germanyGeldwaesche() {
        return LibraryDocument.builder(
                        "8",
                        LEGISLATION,
                        "DEU",
                        "Gesetz über das Aufspüren von Gewinnen aus schweren Straftaten (Geldwäschegesetz)")
                .titleEnglish("Money Laundering Act")
                .regionalGroup(WEOG)
                .languages("de")
                .date(LocalDate.of(2017, 6, 23))
                .status(DocumentStatus.IN_FORCE)
                .crimeTypes("money-laundering")
                .text(
                        "de",
                        "Geldwäsche ist die Einschleusung illegal erwirtschafteten Geldes in den legalen Finanz- und"
                                + " Wirtschaftskreislauf. Verpflichtete müssen Verdachtsfälle melden.")
                .build();
    }

    /** Peru, Spanish, money-laundering ("lavado de activos") and corruption, 2012, repealed. */
    static LibraryDocument peruLavado() {
        return LibraryDocument.builder("9", LEGISLATION, "PER", "Ley de lucha contra el lavado de activos")
                .titleEnglish("Law on combating money-laundering")
                .regionalGroup(GRULAC)
                .languages("es")
                .date(LocalDate.of(2012, 4, 19))
                .status(DocumentStatus.REPEALED)
                .articles("UNTOC art. 6", "UNCAC art. 23")
                .crimeTypes("money-laundering", "corruption")
                .link(DocumentLink.Relation.REPEALED_BY, "10")
                .text(
                        "es",
                        "El lavado de activos procedentes de la corrupción y de la minería ilegal se sanciona con"
                                + " pena privativa de libertad. Los bienes de origen ilícito son objeto de decomiso.")
                .build();
    }

    static List<LibraryDocument> all() {
        return List.of(
                ukProceedsOfCrime(),
                franceBlanchiment(),
                russiaTrafficking(),
                mexicoMining(),
                egyptMoneyLaundering(),
                chinaCybercrime(),
                firearmsPractice(),
                germanyGeldwaesche(),
                peruLavado());
    }
}
