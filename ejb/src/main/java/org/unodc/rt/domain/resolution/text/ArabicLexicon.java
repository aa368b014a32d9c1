package org.unodc.rt.domain.resolution.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Arabic resolution language: preambular paragraphs are clauses ("وإذ تشير", "واقتناعا منها"), operative verbs
 * agree with the body (feminine "تطلب" for the Assembly, masculine "يطلب" for the Council), the conjunction "و" is
 * written on the next word, and the patterns read the text without short vowels (see {@link #fold}).
 */
final class ArabicLexicon {

    /** Short vowels, shadda, sukun, dagger alif and tatweel: written in some texts, not in others. */
    private static final Pattern MARKS = Pattern.compile("[\u064B-\u065F\u0670\u0640]");

    /** A verb of the third person, feminine or masculine ("تطلب", "يطلب"), from its stem. */
    private static String v(String stems) {
        return "[تي](?:" + stems + ")";
    }

    private static final String ADVERBS = "(?:أيضا|أيضاً|كذلك|بقوة|بشدة|مجددا|مجدداً|من\\s+جديد|مرة\\s+أخرى"
            + "|في\\s+هذا\\s+(?:الصدد|السياق|الشأن)|بصفة\\s+خاصة|على\\s+وجه\\s+الخصوص|بإلحاح|مع\\s+(?:التقدير"
            + "|القلق|الارتياح|الاهتمام|بالغ\\s+القلق))";

    private static final Pattern PREAMBLE = Pattern.compile("و?(?:إذ|وإذ|قد|لقد|بعد\\s+أن)\\s+\\S+"
            + "|و?[\\p{L}]{3,14}ا?\\s+(?:منها|منه|منهم)(?![\\p{L}])|و?إن\\s+(?:\\S+\\s+){0,2}?\\S+\\s+إذ\\s+\\S+");

    private static final String DIRECTIVE_STEMS =
            "طلب|دعو(?!(?:\\s+" + ADVERBS + ")?\\s+إلى)|حث(?!(?:\\s+" + ADVERBS + ")?\\s+على)|هيب"
                    + "|شجع(?!(?:\\s+" + ADVERBS + ")?\\s+على)|وصي|ناشد|أذن|كلف|عهد|طالب"
                    + "|كرر\\s+(?:دعوتها|دعوته|طلبها|طلبه|مناشدتها|مناشدته|نداءها|نداءه)"
                    + "|جدد\\s+(?:دعوتها|دعوته|طلبها|طلبه|مناشدتها|مناشدته|نداءها|نداءه)";

    private static final Phrasebook.Verbs VERBS = new Phrasebook.Verbs(
            null,
            Phrasebook.verbs(
                    true,
                    v("حث"),
                    "urges",
                    v("طلب"),
                    "requests",
                    v("دعو"),
                    "invites",
                    v("هيب"),
                    "calls upon",
                    v("شجع"),
                    "encourages",
                    v("وصي"),
                    "recommends",
                    v("ناشد"),
                    "appeals",
                    v("أذن"),
                    "authorizes",
                    v("كلف|عهد"),
                    "entrusts",
                    v("طالب"),
                    "demands",
                    v("(?:دعو(?:\\s+" + ADVERBS + ")?\\s+إلى|حث(?:\\s+" + ADVERBS + ")?\\s+على|شجع(?:\\s+" + ADVERBS
                            + ")?\\s+على)"),
                    "calls for",
                    v("ذكر(?=\\s+(?!ب)\\S)"),
                    "reminds",
                    v("(?:كرر|جدد)\\s+(?:دعوتها|دعوته|طلبها|طلبه|مناشدتها|مناشدته|نداءها|نداءه)"),
                    "reiterates its call",
                    v("لاحظ|حيط\\s+علما|أحاط\\s+علما"),
                    "notes",
                    v("رحب|نوه|ثني|شيد"),
                    "welcomes",
                    v("ؤكد|عيد\\s+تأكيد|كرر|شير|ذكر|جدد"),
                    "reaffirms",
                    v("قرر"),
                    "decides",
                    v("شدد"),
                    "stresses",
                    v("عترف|سلم|قر|درك|رى|عتبر"),
                    "recognizes",
                    v("عرب|شكر"),
                    "expresses",
                    v("دين|شجب|أسف"),
                    "condemns",
                    v("وافق|عتمد|ؤيد|قر|علن|دعم|تطلع"),
                    "approves"),
            Pattern.compile("(?:\\s+" + ADVERBS + ")"),
            Pattern.compile("[\\p{L}]{2,20}"));

    private static final Pattern TRAILING = Pattern.compile("(?:[،,؛;]\\s*|\\s)و"
            + "(?:" + ADVERBS + "\\s+)?(?<verb>" + v(DIRECTIVE_STEMS) + ")(?<pronoun>ها|ه|هم|هما)?"
            + "(?![\\p{L}])(?:\\s+" + ADVERBS + ")*");

    private static final Phrasebook.Addressees ADDRESSEES = new Phrasebook.Addressees(
            Pattern.compile("(?:" + ADVERBS + "\\s+)*(?:إلى\\s+|ب(?=\\S{3}))?"),
            Pattern.compile("(?:أن|بأن)\\s+(?:[تيو]\\S+\\s+)?"),
            Pattern.compile("(?:إليه|إليها|إليهم|إليهما|به|بها|بهم|هم)(?![\\p{L}])"),
            Pattern.compile("\\s(?:إلى|على|أن|بأن|لكي|كي)(?![\\p{L}])|،\\s*(?!و)|[؛;:.]|\\s\\(\\p{L}\\)"),
            Pattern.compile(
                    "(?:(?:جميع|كل|كافة|سائر|بقية|مختلف|إلى|غيرها\\s+من|غيره\\s+من|غيرهم\\s+من)\\s+|ب(?=ال|جميع|كل|كافة|سائر|مكتب))"),
            Pattern.compile("\\s+(?:المعنية|المهتمة|ذات\\s+الصلة|المختصة|الأخرى|المعنيين|المعني|المهتمين|الأعضاء)"
                    + "(?![\\p{L}])"),
            Phrasebook.names(
                    true,
                    Addressee.EXECUTIVE_DIRECTOR,
                    "(?:ال)?مدير(?:ة)?\\s+التنفيذي(?:ة)?(?:\\s+لمكتب\\s+الأمم\\s+المتحدة\\s+المعني\\s+بالمخدرات"
                            + "\\s+والجريمة|\\s+للمكتب)?",
                    Addressee.SECRETARY_GENERAL,
                    "(?:ال)?أمين\\s+العام(?:\\s+للأمم\\s+المتحدة)?",
                    Addressee.UNICRI,
                    "معهد\\s+الأمم\\s+المتحدة\\s+الأقاليمي\\s+لبحوث\\s+الجريمة\\s+والعدالة|اليونيكري",
                    Addressee.UNODC,
                    "مكتب\\s+الأمم\\s+المتحدة\\s+المعني\\s+بالمخدرات\\s+والجريمة|المكتب(?!\\s+(?:المعني|الإقليمي"
                            + "|القطري))|مكتب\\s+المخدرات\\s+والجريمة",
                    Addressee.DONORS,
                    "(?:ال)?جهات\\s+المانحة|(?:ال)?مانحين|(?:ال)?دول\\s+المانحة|(?:ال)?بلدان\\s+المانحة"
                            + "|(?:ال)?حكومات\\s+المانحة|(?:ال)?مجتمع\\s+المانح|(?:ال)?مؤسسات\\s+المانحة",
                    Addressee.MEMBER_STATES,
                    "(?:ال)?دول\\s+الأعضاء(?:\\s+في\\s+الأمم\\s+المتحدة)?|(?:ال)?دول\\s+الأطراف|(?:ال)?دول"
                            + "|(?:ال)?حكومات|(?:ال)?دولة\\s+الطرف",
                    Addressee.OTHER,
                    "(?:ال)?جمعية\\s+العامة|(?:ال)?مجلس\\s+الاقتصادي\\s+والاجتماعي|مجلس\\s+الأمن|مجلس\\s+حقوق"
                            + "\\s+الإنسان|لجنة\\s+منع\\s+الجريمة\\s+والعدالة\\s+الجنائية|لجنة\\s+المخدرات|اللجنة"
                            + "|المجلس|مؤتمر\\s+(?:الدول\\s+)?الأطراف|الأمانة\\s+العامة|الهيئة\\s+الدولية"
                            + "\\s+لمراقبة\\s+المخدرات|البنك\\s+الدولي|صندوق\\s+النقد\\s+الدولي|فرقة\\s+العمل\\s+المعنية"
                            + "\\s+بالإجراءات\\s+المالية|المحكمة\\s+الجنائية\\s+الدولية|المنتدى|منظومة\\s+الأمم\\s+المتحدة"
                            + "|(?:ال)?أمم\\s+المتحدة"),
            Pattern.compile(
                    "(?:ال)?(?:منظمات|منظمة|مؤسسات|مؤسسة|كيانات|كيان|هيئات|هيئة|وكالات|وكالة|مجتمع|قطاع"
                            + "|شركاء|أصحاب\\s+المصلحة|جهات|جهة|أوساط|بلدان|أطراف|خبراء|شبكات|آليات|صناديق|برامج|برنامج"
                            + "|صندوق|مفوضية|مكاتب|أمانات|ممثلي|وسائط|لجان|لجنة|محاكم|محكمة|منتدى|أعضاء|سلطات|مراكز"
                            + "|معاهد|معهد|شركات|مصارف|الممارسين|جامعات|دوائر|فريق|أفرقة|مكتب|أمانة|رئيس|رئاسة|إدارة|شراكة|نظام|جهاز|مفوض|مدير|مقرر|منسق)(?![\\p{L}])"),
            false,
            Pattern.compile("\\s*[،,]\\s*(?:و\\s*)?|\\s+و(?=\\S)|\\s+أو\\s+|\\s+وكذلك\\s+|\\s+فضلا\\s+عن\\s+"),
            null,
            Pattern.compile("\\s(?:إلى|على|أن|بأن|لكي|كي)"));

    private static final String ORDINAL =
            "(?:\\d{1,3}|(?:ال)?[\\p{L}]{3,10}(?:\\s+(?:عشرة|عشر))?(?:\\s+و(?:ال)?" + "[\\p{L}]{4,10})?)";

    private static final Phrasebook.Reporting REPORTING = new Phrasebook.Reporting(
            Pattern.compile("(?:[أي]ن\\s+|ل)?(?:[تي]قدم|تقديم|[تي]عد|إعداد|[تي]رفع|[تي]بلغ|[تي]طلع|[تي]درج|إدراج"
                    + "|[تي]حيل|موافاة|[تي]وافي|[تي]ضمن)(?![\\p{L}])[^؛;]{0,300}?(?:تقرير|تقارير|دورت|معلومات)"),
            Pattern.compile("في\\s+(?:دورتها|دورته|دورتيها|دورتيه|دوراتها|دوراته|الدورة)\\s+(?<n>" + ORDINAL
                    + ")(?:\\s+و(?<n2>" + ORDINAL + "))?"),
            ArabicLexicon::ordinal,
            Pattern.compile("\\s*،\\s*|\\s+و(?=ال)"),
            Phrasebook.targets(
                    "GA", "(?:إلى|على)\\s+(?:ال)?جمعية(?:\\s+العامة)?",
                    "ECOSOC", "(?:إلى|على)\\s+(?:ال)?مجلس\\s+الاقتصادي\\s+والاجتماعي|(?:إلى|على)\\s+المجلس(?!\\s+\\S)",
                    "CCPCJ", "(?:إلى|على)\\s+لجنة\\s+منع\\s+الجريمة",
                    "CND", "(?:إلى|على)\\s+لجنة\\s+المخدرات",
                    "COSP", "(?:إلى|على)\\s+مؤتمر\\s+الدول\\s+الأطراف",
                    "COP", "(?:إلى|على)\\s+مؤتمر\\s+الأطراف"),
            Pattern.compile("(?:إلى|على)\\s+اللجنة(?![\\p{L}])"),
            Pattern.compile("(?:إليها|إليه|عليها|عليه)(?![\\p{L}])"),
            Pattern.compile("(?:هذا|ذلك)\\s+القرار"));

    static final Phrasebook PHRASEBOOK =
            new Phrasebook(UnLanguage.AR, ArabicLexicon::fold, PREAMBLE, VERBS, TRAILING, ADDRESSEES, REPORTING);

    /** Units in the feminine and masculine, as ordinals (with "الحادية" for the one of 11, 21 ...). */
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("أولى", 1),
            Map.entry("أول", 1),
            Map.entry("حادية", 1),
            Map.entry("حادي", 1),
            Map.entry("ثانية", 2),
            Map.entry("ثاني", 2),
            Map.entry("ثالثة", 3),
            Map.entry("ثالث", 3),
            Map.entry("رابعة", 4),
            Map.entry("رابع", 4),
            Map.entry("خامسة", 5),
            Map.entry("خامس", 5),
            Map.entry("سادسة", 6),
            Map.entry("سادس", 6),
            Map.entry("سابعة", 7),
            Map.entry("سابع", 7),
            Map.entry("ثامنة", 8),
            Map.entry("ثامن", 8),
            Map.entry("تاسعة", 9),
            Map.entry("تاسع", 9),
            Map.entry("عاشرة", 10),
            Map.entry("عاشر", 10),
            Map.entry("عشرة", 10),
            Map.entry("عشر", 10),
            Map.entry("عشرين", 20),
            Map.entry("ثلاثين", 30),
            Map.entry("أربعين", 40),
            Map.entry("خمسين", 50),
            Map.entry("ستين", 60),
            Map.entry("سبعين", 70),
            Map.entry("ثمانين", 80),
            Map.entry("تسعين", 90),
            Map.entry("مائة", 100),
            Map.entry("مئة", 100));

    private static final List<String> PREFIXES = List.of("وال", "ال", "و");

    private ArabicLexicon() {}

    static String fold(String text) {
        return MARKS.matcher(Phrasebook.plain(text)).replaceAll("");
    }

    /** "الثامنة والسبعين" (78), "الحادية والخمسين" (51), "الثامنة عشرة" (18), "السابعة" (7); -1 otherwise. */
    static int ordinal(String words) {
        String w = fold(words).strip();
        if (w.matches("\\d{1,3}")) {
            return Integer.parseInt(w);
        }
        int total = 0;
        for (String part : w.split("\\s+")) {
            Integer value = null;
            for (String prefix : PREFIXES) {
                if (part.startsWith(prefix) && UNITS.containsKey(part.substring(prefix.length()))) {
                    value = UNITS.get(part.substring(prefix.length()));
                    break;
                }
            }
            if (value == null) {
                value = UNITS.get(part);
            }
            if (value == null) {
                return -1;
            }
            total += value;
        }
        return total > 0 ? total : -1;
    }
}
