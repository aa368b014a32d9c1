package org.unodc.rt.domain.resolution.text;

import static org.unodc.rt.domain.resolution.text.Phrasebook.ci;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/** Spanish resolution language: "Recordando", "Solicita al Secretario General que", "en su 78º período de sesiones". */
final class SpanishLexicon {

    private static final String L = "[\\p{L}\\p{M}]";

    private static final String PRE_ADVERB = "(?:Profundamente|Gravemente|Sumamente|Seriamente|Hondamente"
            + "|Muy|Firmemente|Plenamente|Igualmente|Asimismo|Nuevamente|Sinceramente)\\s+";

    private static final String ADJECTIVES = "(?:preocupad|consciente|convencid|alarmad|decidid|resuelt|guiad"
            + "|inspirad|alentad|animad|satisfech|complacid|deseos|persuadid|consternad|indignad|horrorizad"
            + "|comprometid|reconocid|agradecid|segur|motivad|decidid|habiendo|siendo)(?:o|a|os|as|e|es)?";

    private static final String NOT_GERUNDS =
            "(?!(?:Cuando|Mando|Comando|Fernando|Orlando|Rolando|Segundo" + "|Mundo|Fondo|Estando\\s+en)\\b)";

    private static final Pattern PREAMBLE = ci("(?:" + PRE_ADVERB + ")?(?:"
            + NOT_GERUNDS + L + "{2,20}(?:ando|iendo|endo|yendo|ándo(?:se|le|la|nos)|iéndo(?:se|le|la|nos))"
            + "(?![\\p{L}])|" + ADJECTIVES + "(?![\\p{L}])"
            + ")(?:\\s+(?:nota|conocimiento|presente|presentes|en\\s+cuenta|de\\s+relieve|con\\s+(?:beneplácito"
            + "|satisfacción|aprecio|preocupación|interés|reconocimiento|agrado|profunda\\s+preocupación)"
            + "|también|además|asimismo|nuevamente))*");

    private static final String DIRECTIVE_VERBS = "solicita|pide|invita|insta|exhorta|alienta|anima|recomienda"
            + "|hace\\s+un\\s+(?:nuevo\\s+)?llamamiento|exige|autoriza|encomienda|encarga"
            + "|recuerda(?=\\s+(?:a|al)\\s)|(?:reitera|renueva)\\s+su\\s+(?:llamamiento|solicitud|petición"
            + "|invitación|exhortación)";

    private static final Phrasebook.Verbs VERBS = new Phrasebook.Verbs(
            null,
            Phrasebook.verbs(
                    true,
                    "insta|exhorta\\s+encarecidamente|insta\\s+encarecidamente",
                    "urges",
                    "solicita|pide",
                    "requests",
                    "invita",
                    "invites",
                    "exhorta",
                    "calls upon",
                    "alienta|anima|estimula",
                    "encourages",
                    "recomienda",
                    "recommends",
                    "hace\\s+un\\s+(?:nuevo\\s+)?llamamiento",
                    "appeals",
                    "autoriza",
                    "authorizes",
                    "encomienda|encarga|confía",
                    "entrusts",
                    "exige",
                    "demands",
                    "recuerda(?=\\s+(?:a|al)\\s)",
                    "reminds",
                    "(?:reitera|renueva)\\s+su\\s+(?:llamamiento|solicitud|petición|invitación|exhortación)",
                    "reiterates its call",
                    "toma\\s+(?:nota|conocimiento)|observa|señala|hace\\s+notar|constata",
                    "notes",
                    "acoge\\s+con\\s+(?:beneplácito|satisfacción|agrado|aprecio)|celebra|acoge|saluda",
                    "welcomes",
                    "reafirma|reitera|recuerda|renueva",
                    "reaffirms",
                    "decide|resuelve",
                    "decides",
                    "pone\\s+de\\s+relieve|destaca|subraya|recalca|resalta|insiste|hace\\s+hincapié",
                    "stresses",
                    "reconoce|considera|estima|cree|es\\s+consciente|conviene",
                    "recognizes",
                    "expresa|agradece|encomia|elogia|felicita|rinde\\s+homenaje|manifiesta|aprecia",
                    "expresses",
                    "condena|deplora|lamenta|rechaza",
                    "condemns",
                    "aprueba|adopta|hace\\s+suy[oa]s?|respalda|apoya|proclama|declara|afirma|hace\\s+propi[oa]s?"
                            + "|aguarda\\s+con\\s+interés|espera\\s+con\\s+interés",
                    "approves"),
            ci("(?:\\s+(?:también|además|asimismo|nuevamente|una\\s+vez\\s+más|encarecidamente|firmemente"
                    + "|enérgicamente|decididamente|por\\s+otra\\s+parte|a\\s+(?:este|ese)\\s+respecto"
                    + "|en\\s+(?:este|ese)\\s+sentido|en\\s+particular|igualmente|finalmente|por\\s+último"
                    + "|con\\s+(?:aprecio|satisfacción|preocupación|interés|beneplácito|reconocimiento)))"),
            Pattern.compile("\\p{Lu}" + L + "{1,20}(?:\\s+(?:nota|conocimiento|con\\s+" + L + "+))?"));

    private static final Pattern TRAILING = ci("(?:[,;]\\s*(?:[ye]\\s+)?|\\s+[ye]\\s+)"
            + "(?:(?:a\\s+(?:este|ese)\\s+respecto|en\\s+(?:este|ese)\\s+(?:sentido|contexto)|asimismo|además"
            + "|también),?\\s+)?"
            + "(?<pronoun>(?:le|les|la|las|lo|los)\\s+)?"
            + "(?<verb>(?:" + DIRECTIVE_VERBS + ")(?:\\s+(?:también|además|asimismo|encarecidamente"
            + "|nuevamente))?)(?=\\s)");

    private static final Phrasebook.Addressees ADDRESSEES = new Phrasebook.Addressees(
            ci("(?:al|a)\\s+(?!que\\b)"),
            ci("(?:a\\s+)?que\\s+"),
            ci("(?:le|les|la|las|lo|los)\\s+(?=que\\b|" + L + "+(?:ar|er|ir)\\b)"),
            ci("\\s(?:a|de)\\s+(?:que\\b|(?:(?:continuar|seguir)\\s+)?(?-i:\\p{Ll})" + L
                    + "*(?:ar|er|ir)(?:se|le|les|lo"
                    + "|la|los|las)?\\b)|\\s+que\\s|,\\s*(?:en|con|según|de\\s+conformidad|cuando|si|a\\s+fin"
                    + "|dentro|teniendo|por|para|sin|junto|entre|incluid|particularmente|especialmente|como"
                    + "|a\\s+(?:este|ese)|conforme|cuando\\s+proceda|según\\s+proceda|previa|mediante|a\\s+través"
                    + "|en\\s+cooperación|en\\s+colaboración)\\b|[;:.]|\\s(?-i:\\p{Ll})\\)"),
            ci("(?:(?:a|al|los|las|la|el|todos|todas|otros|otras|otro|otra|demás|cada|sus|su|estos|estas|esos"
                    + "|esas|diversos|diversas|en\\s+particular|especialmente|también|además)\\s+)"),
            ci("\\s+(?:interesad|pertinente|competente|correspondiente|respectiv|concernid|afectad|donante"
                    + "|que\\s+así\\s+lo\\s+deseen)" + L + "{0,3}(?![\\p{L}])"),
            Phrasebook.names(
                    true,
                    Addressee.EXECUTIVE_DIRECTOR,
                    "Director(?:a)?\\s+Ejecutiv[oa](?:\\s+de\\s+la\\s+(?:UNODC|Oficina(?:\\s+de\\s+las\\s+Naciones"
                            + "\\s+Unidas\\s+contra\\s+la\\s+Droga\\s+y\\s+el\\s+Delito)?))?",
                    Addressee.SECRETARY_GENERAL,
                    "Secretari[oa]\\s+General(?:\\s+de\\s+las\\s+Naciones\\s+Unidas)?",
                    Addressee.UNICRI,
                    "Instituto\\s+Interregional\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+para\\s+Investigaciones\\s+sobre"
                            + "\\s+la\\s+Delincuencia\\s+y\\s+la\\s+Justicia(?:\\s+\\(UNICRI\\))?|UNICRI",
                    Addressee.UNODC,
                    "Oficina\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+contra\\s+la\\s+Droga\\s+y\\s+el\\s+Delito"
                            + "(?:\\s+\\(UNODC\\))?|UNODC|Oficina(?!\\s+(?:de|del|para)\\b)",
                    Addressee.DONORS,
                    "donantes|(?:países|Estados|Gobiernos|organismos|comunidad)\\s+donantes?",
                    Addressee.MEMBER_STATES,
                    "Estados\\s+[Mm]iembros(?:\\s+de\\s+las\\s+Naciones\\s+Unidas)?|Estados\\s+[Pp]artes|Estados"
                            + "|Gobiernos|gobiernos",
                    Addressee.OTHER,
                    "Asamblea\\s+General|Consejo\\s+Económico\\s+y\\s+Social|Consejo\\s+de\\s+Seguridad"
                            + "|Consejo\\s+de\\s+Derechos\\s+Humanos|Comisión(?:\\s+de\\s+Prevención\\s+del\\s+Delito"
                            + "\\s+y\\s+Justicia\\s+Penal|\\s+de\\s+Estupefacientes)?"
                            + "|Conferencia\\s+de\\s+(?:los\\s+Estados\\s+)?[Pp]artes|Consejo|Secretaría"
                            + "|Junta\\s+Internacional\\s+de\\s+Fiscalización\\s+de\\s+Estupefacientes|Banco\\s+Mundial"
                            + "|Fondo\\s+Monetario\\s+Internacional|Grupo\\s+de\\s+Acción\\s+Financiera"),
            ci("(?:" + L + "+\\s+)?(?:organizaciones|organización|organismos?|instituciones|institución|entidades"
                    + "|entidad|órganos?|agencias?|sector|sociedad|asociados|socios|interesados|partes\\s+interesadas"
                    + "|agentes|actores|autoridades|expertos|redes|grupos|miembros|comunidad|comunidades|programas"
                    + "|fondos|mecanismos|oficinas|secretarías|representantes|medios|países|partes|sistema"
                    + "|comisiones|comités|foros|centros|institutos|proveedores|empresas|bancos|profesionales"
                    + "|universidades|círculos|presidencia|presidente|presidenta|mesa|director|directora|relator|relatora"
                    + "|coordinador|coordinadora|enviado|enviada|representante|comité|equipo|grupo|departamento|secretaría"
                    + "|división|servicio|dirección|titulares\\s+de\\s+mandatos?)(?![\\p{L}])"),
            true,
            ci("\\s*,\\s*(?:[yeo]\\s+|así\\s+como\\s+)?|\\s+(?:[yeou]|y/o|así\\s+como|junto\\s+con)\\s+"),
            null,
            null);

    private static final String ORDINAL =
            "(?:\\d{1,3}\\s*(?:º|°|o|a|ª|er|ero|\\.º)(?![\\p{L}])|" + L + "{4,14}(?:\\s" + L + "{4,10}){0,2})";

    private static final Phrasebook.Reporting REPORTING = new Phrasebook.Reporting(
            ci(
                    "\\b(?:inform(?:e|ar|ara|ase)\\b|(?:presente|presentar|present(?:ara|ase)|prepare|preparar|someta|someter"
                            + "|incluya|incluir|transmita|transmitir|proporcione|elabore)\\b[^;]{0,250}?\\binformes?\\b"
                            + "|\\binforme\\b)"),
            ci("\\b(?:en|para|durante)\\s+(?:su|sus|el|los)\\s+(?<n>" + ORDINAL + ")(?:\\s*,?\\s+[ye]\\s+(?<n2>"
                    + ORDINAL + "))?\\s+períodos?\\s+(?:extraordinarios?\\s+|ordinarios?\\s+)?de\\s+sesiones"),
            SpanishLexicon::ordinal,
            ci("\\s*,\\s*|\\s+[ye]\\s+"),
            Phrasebook.targets(
                    "GA", "\\ba\\s+la\\s+Asamblea(?:\\s+General)?",
                    "ECOSOC", "\\bal\\s+Consejo(?:\\s+Económico\\s+y\\s+Social|(?!\\s+(?:de|del)\\b))",
                    "CCPCJ", "\\ba\\s+la\\s+Comisión\\s+de\\s+Prevención\\s+del\\s+Delito",
                    "CND", "\\ba\\s+la\\s+Comisión\\s+de\\s+Estupefacientes",
                    "COSP", "\\ba\\s+la\\s+Conferencia\\s+de\\s+los\\s+Estados\\s+Partes",
                    "COP", "\\ba\\s+la\\s+Conferencia\\s+de\\s+las\\s+Partes"),
            ci("\\ba\\s+la\\s+Comisión(?!\\s+(?:de|del|para)\\b)"),
            ci("\\b(?:le|la)\\s+(?:presente|informe|someta|transmita|haga\\s+llegar)\\b"),
            ci("\\b(?:presente|esta)\\s+resolución\\b"));

    static final Phrasebook PHRASEBOOK =
            new Phrasebook(UnLanguage.ES, Phrasebook::plain, PREAMBLE, VERBS, TRAILING, ADDRESSEES, REPORTING);

    /** Ordinal stems (without the gender ending) and their values. */
    private static final Map<String, Integer> STEMS = Map.ofEntries(
            Map.entry("primer", 1),
            Map.entry("segund", 2),
            Map.entry("tercer", 3),
            Map.entry("cuart", 4),
            Map.entry("quint", 5),
            Map.entry("sext", 6),
            Map.entry("séptim", 7),
            Map.entry("sétim", 7),
            Map.entry("octav", 8),
            Map.entry("noven", 9),
            Map.entry("nonen", 9),
            Map.entry("décim", 10),
            Map.entry("undécim", 11),
            Map.entry("duodécim", 12),
            Map.entry("vigésim", 20),
            Map.entry("trigésim", 30),
            Map.entry("cuadragésim", 40),
            Map.entry("quincuagésim", 50),
            Map.entry("sexagésim", 60),
            Map.entry("septuagésim", 70),
            Map.entry("octogésim", 80),
            Map.entry("nonagésim", 90),
            Map.entry("centésim", 100));

    private static final Pattern FIGURES = Pattern.compile("(\\d{1,3})\\s*\\p{L}{0,3}\\.?[º°ª]?");

    private SpanishLexicon() {}

    /** "septuagésimo octavo" (78), "vigésimo primer" (21), "decimotercero" (13), "24º", "51er"; -1 otherwise. */
    static int ordinal(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        Matcher figures = FIGURES.matcher(w);
        if (figures.matches()) {
            return Integer.parseInt(figures.group(1));
        }
        int total = 0;
        for (String part : w.split("[\\s-]+")) {
            String p = part;
            // "decimotercero", "decimoséptimo": ten and the unit in one word
            if (p.startsWith("decimo") && p.length() > 6) {
                total += 10;
                p = p.substring(6);
            }
            int value = stem(p);
            if (value < 0) {
                return -1;
            }
            total += value;
        }
        return total > 0 ? total : -1;
    }

    private static int stem(String word) {
        String w = word.replaceAll("(?:o|a|os|as)$", "");
        Integer v = STEMS.get(w);
        if (v == null) {
            v = STEMS.get(word);
        }
        return v == null ? -1 : v;
    }
}
