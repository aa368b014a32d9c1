package org.unodc.rt.domain.resolution.text;

import static org.unodc.rt.domain.resolution.text.Phrasebook.ci;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/** French resolution language: "Rappelant", "Prie le Secrétaire général de", "à sa soixante-dix-huitième session". */
final class FrenchLexicon {

    private static final String L = "[\\p{L}\\p{M}]";

    /** Adverbs before the participle: "Profondément préoccupée", "Vivement préoccupé". */
    private static final String PRE_ADVERB = "(?:Profondément|Gravement|Vivement|Sérieusement|Très|Extrêmement"
            + "|Particulièrement|Fermement|Pleinement|Également|Toutefois|Néanmoins|De\\s+nouveau|Encore)\\s+";

    /** Participles and adjectives that open a preambular paragraph, of either gender and number. */
    private static final String ADJECTIVES = "(?:préoccupé|conscient|convaincu|résolu|alarmé|déterminé|inquiet"
            + "|inquiète|soucieu[xs]|soucieuse|guidé|encouragé|consterné|indigné|satisfait|persuadé|désireu[xs]"
            + "|désireuse|attaché|troublé|choqué|bouleversé|sensible|réconforté|confiant|heureu[xs]"
            + "|heureuse|animé|inspiré|affligé|horrifié|attristé|effaré|saisi|ayant|étant|vu)(?:e|s|es)?";

    /** Capitalised words in -ant that are not participles. */
    private static final String NOT_PARTICIPLES =
            "(?!(?:Durant|Avant|Pendant|Cependant|Maintenant|Enfant|Important|Suivant|Moyennant|Concernant"
                    + "|Nonobstant|Néant|Auparavant|Dorénavant|Devant|Quant)\\b)";

    private static final Pattern PREAMBLE = ci("(?:" + PRE_ADVERB + ")?(?:"
            + NOT_PARTICIPLES + "(?:Se\\s+|S['’]\\s*|Nous\\s+)?" + L + "{2,20}ant(?![\\p{L}])"
            + "|" + ADJECTIVES + "(?![\\p{L}])"
            + ")(?:\\s+(?:note|acte|compte|en\\s+considération|à\\s+l['’]esprit|également|aussi|en\\s+outre"
            + "|de\\s+nouveau|à\\s+nouveau|avec\\s+(?:satisfaction|préoccupation|inquiétude|intérêt|appréciation"
            + "|regret|une\\s+vive\\s+préoccupation|une\\s+profonde\\s+préoccupation)))*");

    private static final String DIRECTIVE_VERBS = "prie|invite|engage|exhorte|demande|encourage|recommande"
            + "|lance\\s+un\\s+(?:nouvel\\s+)?appel|appelle(?!\\s+(?:l['’]attention|à))|autorise|charge"
            + "|confie|exige|rappelle(?=\\s+(?:aux?|à)\\s)(?!\\s+à\\s+(?:cet|ce|cette)\\s)|(?:réitère|renouvelle)\\s+(?:son\\s+appel|sa\\s+demande"
            + "|son\\s+invitation|sa\\s+prière)";

    private static final Phrasebook.Verbs VERBS = new Phrasebook.Verbs(
            null,
            Phrasebook.verbs(
                    true,
                    "prie\\s+instamment|demande\\s+instamment|invite\\s+instamment|engage\\s+vivement"
                            + "|exhorte|engage|presse",
                    "urges",
                    "prie",
                    "requests",
                    "invite",
                    "invites",
                    "demande|appelle(?!\\s+(?:l['’]attention|à))",
                    "calls upon",
                    "appelle\\s+à",
                    "calls for",
                    "encourage",
                    "encourages",
                    "recommande",
                    "recommends",
                    "lance\\s+un\\s+(?:nouvel\\s+)?appel",
                    "appeals",
                    "autorise",
                    "authorizes",
                    "charge|confie",
                    "entrusts",
                    "exige|somme",
                    "demands",
                    "rappelle(?=\\s+(?:aux?|à)\\s)(?!\\s+à\\s+(?:cet|ce|cette)\\s)",
                    "reminds",
                    "(?:réitère|renouvelle)\\s+(?:son\\s+appel|sa\\s+demande|son\\s+invitation|sa\\s+prière)",
                    "reiterates its call",
                    "prend\\s+(?:note|acte)|note|constate|observe",
                    "notes",
                    "se\\s+félicite|accueille\\s+avec\\s+satisfaction|salue|se\\s+réjouit|accueille\\s+favorablement",
                    "welcomes",
                    "réaffirme|réitère|rappelle|renouvelle",
                    "reaffirms",
                    "décide|résout",
                    "decides",
                    "souligne|insiste|met\\s+l['’]accent|appelle\\s+l['’]attention",
                    "stresses",
                    "reconnaît|reconnait|considère|estime|juge|est\\s+consciente?|sait|convient",
                    "recognizes",
                    "exprime|se\\s+déclare|remercie|sait\\s+gré|rend\\s+hommage|félicite|apprécie",
                    "expresses",
                    "condamne|déplore|regrette|dénonce",
                    "condemns",
                    "approuve|adopte|fait\\s+sienne?s?|entérine|souscrit|appuie|soutient|proclame|déclare|affirme"
                            + "|attend\\s+avec\\s+intérêt|prie\\s+de\\s+noter",
                    "approves"),
            ci("(?:\\s+(?:également|aussi|de\\s+même|en\\s+outre|de\\s+nouveau|à\\s+nouveau|encore|vivement|instamment"
                    + "|fermement|résolument|enfin|par\\s+ailleurs|une\\s+(?:fois\\s+de\\s+plus|nouvelle\\s+fois)"
                    + "|donc|en\\s+particulier|tout\\s+particulièrement|solennellement|de\\s+plus|avec\\s+"
                    + "(?:satisfaction|préoccupation|intérêt|appréciation|force|insistance)))"),
            Pattern.compile("\\p{Lu}" + L + "{1,20}(?:\\s+(?:note|acte|hommage|gré))?"));

    private static final Pattern TRAILING = ci("(?:[,;]\\s*(?:et\\s+)?|\\s+et\\s+)"
            + "(?:(?:à\\s+cet\\s+égard|dans\\s+ce\\s+contexte|par\\s+ailleurs|en\\s+outre|enfin),?\\s+)?"
            + "(?<pronoun>(?:l['’]\\s*|le\\s+|la\\s+|les\\s+|leur\\s+|lui\\s+))?"
            + "(?<verb>(?:" + DIRECTIVE_VERBS + ")(?:\\s+(?:également|aussi|en\\s+outre|instamment|vivement"
            + "|de\\s+nouveau|à\\s+nouveau))?)(?=\\s)");

    private static final Phrasebook.Addressees ADDRESSEES = new Phrasebook.Addressees(
            ci("(?:aux|au|à\\s+l['’]|à\\s+la|à)\\s*(?=\\S)"),
            ci("qu['’]\\s*|que\\s+"),
            ci("(?:l['’]|les?\\s|la\\s|leur\\s|lui\\s)(?=\\s*(?-i:\\p{Ll})[\\p{L}]*(?:er|ir|re)\\b)"),
            ci("\\s(?:à|de|d['’])\\s*(?:(?:lui|leur|les|s['’]|se|en|y|continuer\\s+(?:à|de))\\s*)?"
                    + "(?!(?:titre|manière|guerre|ordre|lumière|nature|mesure|sorte|façon|faire\\s+face)\\b)"
                    + "(?-i:\\p{Ll})" + L + "*(?:er|ir|re|oir)\\b"
                    + "|\\s(?:à\\s+ce\\s+qu|afin|pour\\s+qu|de\\s+bien\\s+vouloir)"
                    + "|,\\s*(?:en|dans|agissant|avec|selon|conformément|si|s['’]il|lorsqu|le\\s+cas|compte"
                    + "|notamment|sur|par|pour|sans|au\\s+moment|quand|tout\\s+en|chacun|afin|à\\s+cet|en\\s+tant|dès|sous|sauf|y"
                    + "|d['’]ici|au\\s+besoin|selon|le\\s+cas\\s+échéant)\\b|[;:.]|\\s\\((?-i:\\p{Ll})\\)"),
            ci("(?:(?:aux|au|à|les|la|le|des|du|tous|toutes|tout|autres|autre|chaque|leurs|leur|ses|son|sa|ces"
                    + "|cette|cet|certains|divers|différents|notamment|en\\s+particulier|également|aussi|plus"
                    + "|particulièrement|d['’]autres|de\\s+même)\\s+|l['’]\\s*|d['’]\\s*)"),
            ci("\\s+(?:intéressé|concerné|compétent|pertinent|respectif|donateur|qui\\s+le\\s+souhaitent)" + L
                    + "{0,3}(?![\\p{L}])"),
            Phrasebook.names(
                    true,
                    Addressee.EXECUTIVE_DIRECTOR,
                    "Directeur(?:rice)?\\s+exécuti(?:f|ve)(?:\\s+de\\s+l['’]Office(?:\\s+des\\s+Nations\\s+Unies"
                            + "\\s+contre\\s+la\\s+drogue\\s+et\\s+le\\s+crime)?)?",
                    Addressee.SECRETARY_GENERAL,
                    "Secrétaire\\s+général(?:\\s+de\\s+l['’]Organisation(?:\\s+des\\s+Nations\\s+Unies)?)?",
                    Addressee.UNICRI,
                    "Institut\\s+interrégional\\s+de\\s+recherche\\s+des\\s+Nations\\s+Unies\\s+sur\\s+la\\s+criminalité"
                            + "\\s+et\\s+la\\s+justice(?:\\s+\\(UNICRI\\))?|UNICRI",
                    Addressee.UNODC,
                    "Office\\s+des\\s+Nations\\s+Unies\\s+contre\\s+la\\s+drogue\\s+et\\s+le\\s+crime(?:\\s+\\(ONUDC\\))?"
                            + "|ONUDC|Office(?!\\s+(?:de|des|du|pour)\\b)",
                    Addressee.DONORS,
                    "donateurs|(?:pays|États|gouvernements|organismes|communauté)\\s+donat(?:eurs|rice)"
                            + "|bailleurs\\s+de\\s+fonds",
                    Addressee.MEMBER_STATES,
                    "États\\s+[Mm]embres(?:\\s+de\\s+l['’]Organisation(?:\\s+des\\s+Nations\\s+Unies)?)?"
                            + "|États\\s+parties|États|gouvernements|Gouvernements",
                    Addressee.OTHER,
                    "Assemblée\\s+générale|Conseil\\s+économique\\s+et\\s+social|Conseil\\s+de\\s+sécurité"
                            + "|Conseil\\s+des\\s+droits\\s+de\\s+l['’]homme|Commission(?:\\s+pour\\s+la\\s+prévention"
                            + "\\s+du\\s+crime\\s+et\\s+la\\s+justice\\s+pénale|\\s+des\\s+stupéfiants)?"
                            + "|Conférence\\s+des\\s+(?:États\\s+)?[Pp]arties|Conseil|Secrétariat"
                            + "|Organe\\s+international\\s+de\\s+contrôle\\s+des\\s+stupéfiants|Banque\\s+mondiale"
                            + "|Fonds\\s+monétaire\\s+international|Groupe\\s+d['’]action\\s+financière"),
            ci("(?:" + L + "+\\s+)?(?:organisations?|organismes?|institutions?|entités?|organes?|agences?"
                    + "|secteur|société|partenaires|parties\\s+prenantes|acteurs|autorités|experts|réseaux"
                    + "|groupes|membres|milieux|communautés?|programmes|fonds|mécanismes|bureaux|secrétariats"
                    + "|représentants|médias|pays|parties|système|commissions|comités|centres|instituts"
                    + "|prestataires|entreprises|banques|praticiens|universités|présidence|président|présidente|bureau"
                    + "|haut-commissariat|haut-commissaire|directeur|directrice|coordonnateur|coordonnatrice"
                    + "|rapporteur|rapporteuse|envoyé|envoyée|représentant|représentante|comité|équipe|groupe"
                    + "|département|division|service|direction|secrétariat|titulaires\\s+de\\s+mandat)(?![\\p{L}])"),
            true,
            ci("\\s*,\\s*(?:et\\s+|ou\\s+|ainsi\\s+qu['’]\\s*|ainsi\\s+que\\s+)?|\\s+(?:et|ou|et/ou|ainsi\\s+que"
                    + "|de\\s+même\\s+que)\\s+|\\s+ainsi\\s+qu['’]\\s*"),
            null,
            null);

    private static final String ORDINAL = "(?:\\d{1,3}\\s*(?:e|è|ème|eme|re|er)(?![\\p{L}])|" + L
            + "{3,14}(?:[-\\s](?:et[-\\s])?" + L + "{2,14}){0,4})";

    private static final Phrasebook.Reporting REPORTING = new Phrasebook.Reporting(
            ci("\\b(?:faire\\s+rapport|rendre\\s+compte|(?:présenter|soumettre|établir|transmettre|inclure"
                    + "|communiquer|fournir|remettre)\\b[^;]{0,250}?(?<!\\ben\\s)\\brapports?\\b(?!\\s+avec))"),
            ci("\\b(?:à|lors\\s+de|pendant|durant)\\s+(?:sa|ses|leur|leurs|la|les)\\s+(?<n>" + ORDINAL
                    + ")(?:\\s*,?\\s+(?:et|ou)\\s+(?<n2>" + ORDINAL + "))?\\s+sessions?\\b"),
            FrenchLexicon::ordinal,
            ci("\\s*,\\s*|\\s+(?:et|ou)\\s+"),
            Phrasebook.targets(
                    "GA", "\\b(?:à|devant)\\s+l['’]\\s*Assemblée(?:\\s+générale)?",
                    "ECOSOC",
                            "\\b(?:au|devant\\s+le)\\s+Conseil(?:\\s+économique\\s+et\\s+social|(?!\\s+(?:des|de)\\b))",
                    "CCPCJ", "\\b(?:à|devant)\\s+la\\s+Commission\\s+pour\\s+la\\s+prévention\\s+du\\s+crime",
                    "CND", "\\b(?:à|devant)\\s+la\\s+Commission\\s+des\\s+stupéfiants",
                    "COSP", "\\b(?:à|devant)\\s+la\\s+Conférence\\s+des\\s+États\\s+parties",
                    "COP", "\\b(?:à|devant)\\s+la\\s+Conférence\\s+des\\s+Parties"),
            ci("\\b(?:à|devant)\\s+la\\s+Commission(?!\\s+(?:pour|des|de|du)\\b)"),
            ci("\\blui\\s+(?:présenter|soumettre|faire|rendre|communiquer|transmettre|remettre)"),
            ci("\\b(?:présente|cette)\\s+résolution\\b"));

    static final Phrasebook PHRASEBOOK =
            new Phrasebook(UnLanguage.FR, Phrasebook::plain, PREAMBLE, VERBS, TRAILING, ADDRESSEES, REPORTING);

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("un", 1),
            Map.entry("une", 1),
            Map.entry("premier", 1),
            Map.entry("première", 1),
            Map.entry("unième", 1),
            Map.entry("deux", 2),
            Map.entry("deuxième", 2),
            Map.entry("second", 2),
            Map.entry("seconde", 2),
            Map.entry("trois", 3),
            Map.entry("troisième", 3),
            Map.entry("quatre", 4),
            Map.entry("quatrième", 4),
            Map.entry("cinq", 5),
            Map.entry("cinquième", 5),
            Map.entry("six", 6),
            Map.entry("sixième", 6),
            Map.entry("sept", 7),
            Map.entry("septième", 7),
            Map.entry("huit", 8),
            Map.entry("huitième", 8),
            Map.entry("neuf", 9),
            Map.entry("neuvième", 9),
            Map.entry("dix", 10),
            Map.entry("dixième", 10),
            Map.entry("onze", 11),
            Map.entry("onzième", 11),
            Map.entry("douze", 12),
            Map.entry("douzième", 12),
            Map.entry("treize", 13),
            Map.entry("treizième", 13),
            Map.entry("quatorze", 14),
            Map.entry("quatorzième", 14),
            Map.entry("quinze", 15),
            Map.entry("quinzième", 15),
            Map.entry("seize", 16),
            Map.entry("seizième", 16),
            Map.entry("vingt", 20),
            Map.entry("vingts", 20),
            Map.entry("vingtième", 20),
            Map.entry("trente", 30),
            Map.entry("trentième", 30),
            Map.entry("quarante", 40),
            Map.entry("quarantième", 40),
            Map.entry("cinquante", 50),
            Map.entry("cinquantième", 50),
            Map.entry("soixante", 60),
            Map.entry("soixantième", 60),
            Map.entry("cent", 100),
            Map.entry("centième", 100));

    private FrenchLexicon() {}

    /**
     * "soixante-dix-huitième" (78), "cinquante et unième" (51), "quatre-vingt-unième" (81), "vingt-quatrième" (24),
     * "78e" (78); -1 when the words are not an ordinal.
     */
    static int ordinal(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        java.util.regex.Matcher figures =
                Pattern.compile("(\\d{1,3})\\s*\\p{L}*").matcher(w);
        if (figures.matches()) {
            return Integer.parseInt(figures.group(1));
        }
        String[] parts = w.split("[-\\s\u2010\u2011]+");
        int total = 0;
        boolean ordinalSeen = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("et")) {
                continue;
            }
            Integer v = WORDS.get(p);
            if (v == null || ordinalSeen) {
                return -1;
            }
            // "quatre-vingt(s)": four twenties
            if (v == 4 && i + 1 < parts.length && parts[i + 1].startsWith("vingt")) {
                v = 80;
                i++;
                ordinalSeen = parts[i].endsWith("ième");
            } else {
                ordinalSeen = p.endsWith("ième") || p.startsWith("premi") || p.startsWith("second");
            }
            total += v;
        }
        return ordinalSeen && total > 0 ? total : -1;
    }
}
