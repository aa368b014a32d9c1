package org.unodc.rt.search.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.unodc.rt.search.DocumentStatus;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.search.LibraryDocument;
import org.unodc.rt.search.analysis.Languages;
import org.unodc.rt.search.analysis.Terminology;
import org.unodc.rt.search.analysis.Terminology.Concept;

/**
 * A deterministic corpus of library documents for benchmarks: equal shares of the six UN languages,
 * titles and bodies of 1–3 KB built from sentence templates filled with the Convention's terms,
 * and metadata (country, regional group, type, year, status, articles, crime types) distributed
 * roughly as in a real library: money-laundering and corruption common, wildlife rare. Document
 * {@code i} depends only on the seed and {@code i}, so any slice can be regenerated.
 */
public final class CorpusGenerator {

    private record Country(String code, String group) {}

    private static final String AFRICA = "African States";
    private static final String ASIA = "Asia-Pacific States";
    private static final String EAST = "Eastern European States";
    private static final String GRULAC = "Latin American and Caribbean States";
    private static final String WEOG = "Western European and other States";

    private static final Map<String, List<Country>> COUNTRIES = Map.of(
            "ar",
            List.of(
                    c("EGY", AFRICA),
                    c("MAR", AFRICA),
                    c("DZA", AFRICA),
                    c("TUN", AFRICA),
                    c("SAU", ASIA),
                    c("JOR", ASIA),
                    c("LBN", ASIA),
                    c("IRQ", ASIA),
                    c("ARE", ASIA),
                    c("QAT", ASIA)),
            "zh",
            List.of(c("CHN", ASIA), c("SGP", ASIA)),
            "en",
            List.of(
                    c("GBR", WEOG),
                    c("USA", WEOG),
                    c("CAN", WEOG),
                    c("AUS", WEOG),
                    c("NGA", AFRICA),
                    c("KEN", AFRICA),
                    c("ZAF", AFRICA),
                    c("GHA", AFRICA),
                    c("IND", ASIA),
                    c("PHL", ASIA),
                    c("JAM", GRULAC),
                    c("INT", null)),
            "fr",
            List.of(
                    c("FRA", WEOG),
                    c("BEL", WEOG),
                    c("SEN", AFRICA),
                    c("CIV", AFRICA),
                    c("MLI", AFRICA),
                    c("CMR", AFRICA),
                    c("MDG", AFRICA),
                    c("HTI", GRULAC)),
            "ru",
            List.of(
                    c("RUS", EAST),
                    c("BLR", EAST),
                    c("ARM", EAST),
                    c("KAZ", ASIA),
                    c("KGZ", ASIA),
                    c("TJK", ASIA),
                    c("UZB", ASIA)),
            "es",
            List.of(
                    c("MEX", GRULAC),
                    c("PER", GRULAC),
                    c("COL", GRULAC),
                    c("ARG", GRULAC),
                    c("CHL", GRULAC),
                    c("ECU", GRULAC),
                    c("BOL", GRULAC),
                    c("GTM", GRULAC),
                    c("ESP", WEOG),
                    c("REG", null)));

    /** Concepts that are also crime types of the controlled list. */
    private static final Map<String, String> CRIME_TYPES = Map.ofEntries(
            Map.entry("money-laundering", "money-laundering"),
            Map.entry("proceeds-of-crime", "money-laundering"),
            Map.entry("corruption", "corruption"),
            Map.entry("bribery", "corruption"),
            Map.entry("embezzlement", "corruption"),
            Map.entry("trading-in-influence", "corruption"),
            Map.entry("trafficking-in-persons", "trafficking-in-persons"),
            Map.entry("smuggling-of-migrants", "smuggling-of-migrants"),
            Map.entry("firearms", "firearms"),
            Map.entry("cybercrime", "cybercrime"),
            Map.entry("wildlife-trafficking", "wildlife"),
            Map.entry("cultural-property", "cultural-property"),
            Map.entry("illegal-mining", "illegal-mining"),
            Map.entry("precious-metals", "precious-metals-trafficking"));

    private static final Map<String, List<String>> SENTENCES = Map.of(
            "en",
            List.of(
                    "Article {n} of this Act establishes the offence of {c}.",
                    "The competent authorities shall cooperate in matters of {c} and {c2}.",
                    "Any person who commits {c} shall be liable to imprisonment for a term of up to {n} years.",
                    "The Government shall report annually on the measures taken against {c}.",
                    "The court held that the evidence relating to {c} was admissible.",
                    "This strategy sets out priorities for the prevention of {c} for the period {y}–{y2}.",
                    "Training was provided to {n} officials on {c} and {c2}.",
                    "The financial intelligence unit received {n} reports concerning {c}."),
            "fr",
            List.of(
                    "L'article {n} de la présente loi définit l'infraction de {c}.",
                    "Les autorités compétentes coopèrent en matière de {c} et de {c2}.",
                    "Toute personne qui commet une infraction de {c} est passible d'une peine d'emprisonnement de {n}"
                            + " ans.",
                    "Le Gouvernement rend compte chaque année des mesures prises contre {c}.",
                    "La cour a jugé que les preuves relatives à {c} étaient recevables.",
                    "La présente stratégie fixe les priorités de la prévention de {c} pour la période {y}-{y2}.",
                    "{n} agents ont été formés en matière de {c} et de {c2}.",
                    "La cellule de renseignement financier a reçu {n} déclarations concernant {c}."),
            "es",
            List.of(
                    "El artículo {n} de la presente ley tipifica el delito de {c}.",
                    "Las autoridades competentes cooperarán en materia de {c} y {c2}.",
                    "Toda persona que cometa {c} será sancionada con pena privativa de libertad de hasta {n} años.",
                    "El Gobierno informará anualmente sobre las medidas adoptadas contra {c}.",
                    "El tribunal consideró admisibles las pruebas relativas a {c}.",
                    "La presente estrategia establece las prioridades para la prevención de {c} en el período"
                            + " {y}-{y2}.",
                    "Se capacitó a {n} funcionarios en materia de {c} y {c2}.",
                    "La unidad de inteligencia financiera recibió {n} reportes relacionados con {c}."),
            "ru",
            List.of(
                    "Статья {n} настоящего закона регулирует вопросы, связанные с темой «{c}».",
                    "Компетентные органы сотрудничают по вопросам «{c}» и «{c2}».",
                    "Лицо, виновное в деянии «{c}», наказывается лишением свободы на срок до {n} лет.",
                    "Правительство ежегодно представляет доклад о мерах по направлению «{c}».",
                    "Суд признал допустимыми доказательства, касающиеся темы «{c}».",
                    "Настоящая стратегия определяет приоритеты в области «{c}» на период {y}–{y2} годов.",
                    "Обучение по темам «{c}» и «{c2}» прошли {n} сотрудников.",
                    "Подразделение финансовой разведки получило {n} сообщений по теме «{c}»."),
            "ar",
            List.of(
                    "تنص المادة {n} من هذا القانون على تجريم {c}.",
                    "تتعاون السلطات المختصة في مجال {c} و{c2}.",
                    "يعاقب كل من يرتكب جريمة {c} بالسجن مدة لا تزيد على {n} سنوات.",
                    "تقدم الحكومة تقريرا سنويا عن التدابير المتخذة لمكافحة {c}.",
                    "قضت المحكمة بقبول الأدلة المتعلقة بقضية {c}.",
                    "تحدد هذه الاستراتيجية أولويات الوقاية من {c} للفترة {y}-{y2}.",
                    "تم تدريب {n} موظفا في مجال {c} و{c2}.",
                    "تلقت وحدة التحريات المالية {n} إخطارا بشأن {c}."),
            "zh",
            List.of(
                    "本法第{n}条规定了{c}的罪行。",
                    "主管机关应在{c}和{c2}方面开展合作。",
                    "犯{c}罪的，处{n}年以下有期徒刑。",
                    "政府每年报告打击{c}的措施。",
                    "法院认定与{c}有关的证据可以采纳。",
                    "本战略确定了{y}年至{y2}年预防{c}的优先事项。",
                    "共有{n}名官员接受了关于{c}和{c2}的培训。",
                    "金融情报机构收到了{n}份关于{c}的报告。"));

    private static final Map<String, List<String>> FILLER = Map.of(
            "en",
            List.of(
                    "The provisions of this chapter apply without prejudice to other legislation.",
                    "The Minister may issue regulations for the implementation of this section.",
                    "Records shall be kept for a period of not less than five years.",
                    "This section enters into force on the date of its publication."),
            "fr",
            List.of(
                    "Les dispositions du présent chapitre s'appliquent sans préjudice des autres lois.",
                    "Le ministre peut prendre des règlements d'application du présent article.",
                    "Les documents sont conservés pendant une durée d'au moins cinq ans.",
                    "Le présent article entre en vigueur à la date de sa publication."),
            "es",
            List.of(
                    "Las disposiciones del presente capítulo se aplicarán sin perjuicio de otras leyes.",
                    "El Ministro podrá dictar reglamentos para la aplicación del presente artículo.",
                    "Los registros se conservarán durante un período no inferior a cinco años.",
                    "El presente artículo entrará en vigor en la fecha de su publicación."),
            "ru",
            List.of(
                    "Положения настоящей главы применяются без ущерба для иного законодательства.",
                    "Министр может издавать нормативные акты для применения настоящей статьи.",
                    "Документы хранятся в течение не менее пяти лет.",
                    "Настоящая статья вступает в силу со дня ее опубликования."),
            "ar",
            List.of(
                    "تطبق أحكام هذا الفصل دون الإخلال بالتشريعات الأخرى.",
                    "يجوز للوزير إصدار اللوائح اللازمة لتنفيذ هذه المادة.",
                    "تحفظ السجلات لمدة لا تقل عن خمس سنوات.",
                    "يعمل بهذه المادة من تاريخ نشرها."),
            "zh",
            List.of("本章规定不影响其他法律的适用。", "部长可以发布实施本条的条例。", "记录应保存不少于五年。", "本条自公布之日起施行。"));

    private static final Map<String, Map<DocumentType, List<String>>> TITLES = Map.of(
            "en",
            titles(
                    List.of("Act No. {n} of {y} on {c}", "Law on the prevention of {c}", "Decree on {c} and {c2}"),
                    List.of("Judgment of the Supreme Court in a case of {c}", "Decision of the Court of Appeal on {c}"),
                    List.of("National strategy against {c} {y}–{y2}"),
                    List.of("Good practices in combating {c}", "Case study: {c} and {c2}"),
                    List.of("Study on {c} and {c2}", "Report on {c} in the region")),
            "fr",
            titles(
                    List.of("Loi n° {n}-{y} relative à la lutte contre {c}", "Décret portant mesures contre {c}"),
                    List.of("Arrêt de la Cour de cassation en matière de {c}"),
                    List.of("Stratégie nationale de lutte contre {c} {y}-{y2}"),
                    List.of("Bonnes pratiques de lutte contre {c}"),
                    List.of("Étude sur {c} et {c2}")),
            "es",
            titles(
                    List.of("Ley N.º {n} de {y} contra {c}", "Decreto sobre {c} y {c2}"),
                    List.of("Sentencia de la Corte Suprema sobre {c}"),
                    List.of("Estrategia nacional contra {c} {y}-{y2}"),
                    List.of("Buenas prácticas en la lucha contra {c}"),
                    List.of("Estudio sobre {c} y {c2}")),
            "ru",
            titles(
                    List.of("Закон № {n} о противодействии: {c}", "Указ о мерах в области «{c}»"),
                    List.of("Приговор Верховного суда по делу: {c}"),
                    List.of("Национальная стратегия «{c}» на {y}–{y2} годы"),
                    List.of("Передовой опыт: {c}"),
                    List.of("Исследование по темам «{c}» и «{c2}»")),
            "ar",
            titles(
                    List.of("القانون رقم {n} لسنة {y} بشأن مكافحة {c}", "مرسوم بشأن {c} و{c2}"),
                    List.of("حكم المحكمة العليا في قضية {c}"),
                    List.of("الاستراتيجية الوطنية لمكافحة {c} {y}-{y2}"),
                    List.of("الممارسات الجيدة في مكافحة {c}"),
                    List.of("دراسة حول {c} و{c2}")),
            "zh",
            titles(
                    List.of("关于打击{c}的第{n}号法律", "关于{c}和{c2}的法令"),
                    List.of("最高法院关于{c}案的判决"),
                    List.of("{y}-{y2}年国家打击{c}战略"),
                    List.of("打击{c}的良好做法"),
                    List.of("关于{c}和{c2}的研究")));

    private static final String[] INSTRUMENTS = {
        "UNTOC",
        "UNTOC",
        "UNTOC",
        "UNCAC",
        "UNCAC",
        "Trafficking in Persons Protocol",
        "Smuggling of Migrants Protocol",
        "Firearms Protocol"
    };

    private final long seed;
    private final List<Concept> concepts;
    private final double[] conceptWeights;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.concepts = Terminology.standard().concepts();
        // Zipf-like: the first concepts of the terminology (money-laundering, proceeds of crime, …)
        // are the most frequent, as in the real library.
        this.conceptWeights = new double[concepts.size()];
        double sum = 0;
        for (int i = 0; i < concepts.size(); i++) {
            sum += 1.0 / (i + 2);
            conceptWeights[i] = sum;
        }
        for (int i = 0; i < conceptWeights.length; i++) {
            conceptWeights[i] /= sum;
        }
    }

    public Stream<LibraryDocument> documents(int count) {
        return IntStream.range(0, count).mapToObj(this::document);
    }

    /** The language of document {@code i}: the six take turns, so each has a sixth of the corpus. */
    public static String languageOf(int i) {
        return Languages.UN.get(i % Languages.UN.size());
    }

    public LibraryDocument document(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String language = languageOf(i);
        List<Country> countries = COUNTRIES.get(language);
        Country country = countries.get(random.nextInt(countries.size()));
        DocumentType type = pickType(random);
        int year = 1995 + random.nextInt(31);
        LocalDate date = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        List<Concept> topics = new ArrayList<>();
        int topicCount = 2 + random.nextInt(3);
        while (topics.size() < topicCount) {
            Concept c = pickConcept(random);
            if (!topics.contains(c)) {
                topics.add(c);
            }
        }
        String title = fill(pick(random, TITLES.get(language).get(type)), language, topics, random, year);
        LibraryDocument.Builder doc = LibraryDocument.builder(Integer.toString(i + 1), type, country.code(), title)
                .regionalGroup(country.group())
                .languages(language)
                .date(date)
                .sourceUrl("https://sherloc.example.org/doc/" + (i + 1));
        if (!language.equals("en") && random.nextInt(10) < 7) {
            doc.titleEnglish(fill(pick(random, TITLES.get("en").get(type)), "en", topics, random, year));
        }
        if (type == DocumentType.LEGISLATION) {
            int s = random.nextInt(10);
            doc.status(s < 7 ? DocumentStatus.IN_FORCE : s < 9 ? DocumentStatus.AMENDED : DocumentStatus.REPEALED);
        }
        Set<String> crimeTypes = new LinkedHashSet<>();
        for (Concept c : topics) {
            String crime = CRIME_TYPES.get(c.id());
            if (crime != null) {
                crimeTypes.add(crime);
            }
        }
        doc.crimeTypes(crimeTypes);
        int articles = 1 + random.nextInt(3);
        for (int a = 0; a < articles; a++) {
            String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
            int max = instrument.equals("UNTOC") ? 41 : instrument.equals("UNCAC") ? 71 : 20;
            doc.articles(instrument + " art. " + (1 + random.nextInt(max)));
        }
        doc.resolutions(
                (2005 + random.nextInt(20)) + "/" + (1 + random.nextInt(40)) + " para. " + (1 + random.nextInt(15)));
        doc.keywords(topics.get(0).preferred("en"));
        doc.text(language, body(language, topics, random, year));
        return doc.build();
    }

    private String body(String language, List<Concept> topics, SplittableRandom random, int year) {
        int targetBytes = 1000 + random.nextInt(2000);
        StringBuilder text = new StringBuilder();
        String separator = language.equals("zh") ? "" : " ";
        int bytes = 0;
        while (bytes < targetBytes) {
            List<String> source = random.nextInt(4) == 0 ? FILLER.get(language) : SENTENCES.get(language);
            if (!text.isEmpty()) {
                text.append(random.nextInt(6) == 0 ? "\n\n" : separator);
            }
            String sentence = fill(pick(random, source), language, topics, random, year);
            text.append(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return text.toString();
    }

    private static String fill(
            String template, String language, List<Concept> topics, SplittableRandom random, int year) {
        Concept first = topics.get(random.nextInt(topics.size()));
        Concept second = topics.get(random.nextInt(topics.size()));
        if (second == first) {
            second = topics.get((topics.indexOf(first) + 1) % topics.size());
        }
        return template.replace("{c2}", term(second, language, random))
                .replace("{c}", term(first, language, random))
                .replace("{n}", Integer.toString(2 + random.nextInt(98)))
                .replace("{y2}", Integer.toString(year + 3 + random.nextInt(3)))
                .replace("{y}", Integer.toString(year));
    }

    private static String term(Concept concept, String language, SplittableRandom random) {
        List<String> variants = concept.terms().get(language);
        // Mostly the preferred term, sometimes a variant, as real texts vary their wording.
        return random.nextInt(4) == 0 ? variants.get(random.nextInt(variants.size())) : variants.get(0);
    }

    private Concept pickConcept(SplittableRandom random) {
        double r = random.nextDouble();
        for (int i = 0; i < conceptWeights.length; i++) {
            if (r <= conceptWeights[i]) {
                return concepts.get(i);
            }
        }
        return concepts.get(concepts.size() - 1);
    }

    private static DocumentType pickType(SplittableRandom random) {
        int r = random.nextInt(100);
        if (r < 45) {
            return DocumentType.LEGISLATION;
        }
        if (r < 65) {
            return DocumentType.CASE_LAW;
        }
        if (r < 75) {
            return DocumentType.NATIONAL_STRATEGY;
        }
        return r < 85 ? DocumentType.BEST_PRACTICE : DocumentType.STUDY;
    }

    private static <T> T pick(SplittableRandom random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static Country c(String code, String group) {
        return new Country(code, group);
    }

    private static Map<DocumentType, List<String>> titles(
            List<String> legislation,
            List<String> caseLaw,
            List<String> strategy,
            List<String> practice,
            List<String> study) {
        return Map.of(
                DocumentType.LEGISLATION, legislation,
                DocumentType.CASE_LAW, caseLaw,
                DocumentType.NATIONAL_STRATEGY, strategy,
                DocumentType.BEST_PRACTICE, practice,
                DocumentType.STUDY, study);
    }
}
