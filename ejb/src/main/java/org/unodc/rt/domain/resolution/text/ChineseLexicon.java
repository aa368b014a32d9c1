package org.unodc.rt.domain.resolution.text;

import java.util.Map;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Chinese resolution language: no spaces and no inflection, so a phrase is known by its words and by the punctuation
 * that closes it ("，" after a preambular paragraph); the addressee follows the verb directly ("请秘书长",
 * "敦促尚未……的会员国"), and sessions are written "第七十八届会议".
 */
final class ChineseLexicon {

    private static final String ADVERBS = "(?:又|还|并|也|再次|进一步|同时|此外|另外|因此|仍|一再|再|特别|在这方面|为此)";

    private static final String OPENERS = "回顾|忆及|重申|申明|注意到|表示注意到|知悉|认识到|意识到|确认|承认|深为关切"
            + "|严重关切|深感关切|关切地注意到|关切|深切关注|关注|表示关切|表示严重关切|表示深为关切|铭记|欢迎|欣见"
            + "|强调指出|着重指出|重点指出|强调|表示|赞赏地注意到|满意地注意到|遗憾地注意到|赞赏|深信|坚信|相信|确信"
            + "|决心|考虑到|念及|审议了|遵循|感到震惊|深感震惊|震惊|痛惜|谴责|强烈谴责|肯定|指出|认为|希望|感谢"
            + "|赞扬|满意|警觉|又|还";

    /** A known opener, or any paragraph that ends as preambular ones do (with a comma, maybe before a note number). */
    private static final Pattern PREAMBLE =
            Pattern.compile(ADVERBS + "?(?:" + OPENERS + ")|(?=.*[，,]\\s*\\d{0,3}\\s*$)[\\p{IsHan}]{2}");

    private static final String DIRECTIVES = "请求|请|邀请|敦促|促请|吁请|鼓励|建议|授权|要求|提醒|责成|委托|恳请";

    private static final Phrasebook.Verbs VERBS = new Phrasebook.Verbs(
            Pattern.compile(ADVERBS),
            Phrasebook.verbs(
                    false,
                    "敦促|强烈敦促|大力敦促|促请",
                    "urges",
                    "请(?![求示])|请求|要求",
                    "requests",
                    "邀请|恳请",
                    "invites",
                    "吁请",
                    "calls upon",
                    // "呼吁" is mostly "Calls for (action by ...)": no addressee, as in English
                    "呼吁",
                    "calls for",
                    "鼓励|大力鼓励",
                    "encourages",
                    "建议",
                    "recommends",
                    "授权",
                    "authorizes",
                    "责成|委托",
                    "entrusts",
                    "提醒",
                    "reminds",
                    "(?:重申|再次发出|再次)(?:其|它)?(?:呼吁|吁请)",
                    "reiterates its call",
                    "注意到|表示注意到|赞赏地注意到|满意地注意到|关切地注意到|知悉|指出",
                    "notes",
                    "欢迎|欣见|赞扬|赞赏",
                    "welcomes",
                    "重申|回顾|申明|忆及",
                    "reaffirms",
                    "决定",
                    "decides",
                    "强调|强调指出|着重指出|重点指出",
                    "stresses",
                    "确认|认识到|承认|认为|意识到|深信",
                    "recognizes",
                    "表示|感谢|深表",
                    "expresses",
                    "谴责|强烈谴责|痛惜|遗憾",
                    "condemns",
                    "核可|通过|核准|赞同|支持|宣布|宣告|同意|接受|期待|批准",
                    "approves"),
            null,
            Pattern.compile("[\\p{IsHan}]{2}"));

    private static final Pattern TRAILING = Pattern.compile("(?:[，；,;]\\s*(?:并且?|同时|此外|另外|还|又|也)?"
            + "|并且?|同时)(?:" + ADVERBS + "|在这方面|为此)*(?<verb>(?:" + DIRECTIVES + "))(?![求示])"
            + "(?<pronoun>其(?!他)|他们|它们)?");

    private static final Phrasebook.Addressees ADDRESSEES = new Phrasebook.Addressees(
            Pattern.compile("(?:向|对)?"),
            null,
            Pattern.compile("(?:其(?!他)|他们|它们|他|她)"),
            Pattern.compile("[，；。：,;:]|\\([a-z]\\)"),
            Pattern.compile(
                    "(?:所有其他|其他所有|所有|各个|全体|其他|有关|相关|一切|联合国各|有意愿的|有能力的|有关的" + "|感兴趣的|尤其是|特别是|包括|以及|《[^》]{1,80}》)"),
            null,
            Phrasebook.names(
                    false,
                    Addressee.EXECUTIVE_DIRECTOR,
                    "(?:联合国毒品和犯罪问题办公室|毒品和犯罪问题办公室|该办公室)?执行主任",
                    Addressee.SECRETARY_GENERAL,
                    "(?:联合国)?秘书长",
                    Addressee.UNICRI,
                    "(?:联合国)?区域间犯罪和司法研究所",
                    Addressee.UNODC,
                    "(?:联合国)?毒品和犯罪问题办公室|毒品和犯罪问题办公室|该办公室|办公室",
                    Addressee.DONORS,
                    "捐助方|捐助国|捐助者|捐助界|捐款方|捐助机构|捐助国政府",
                    Addressee.MEMBER_STATES,
                    "(?:各|所有)?(?:联合国)?会员国|缔约国|成员国|国家|各国|各国政府|政府",
                    Addressee.OTHER,
                    "大会|经济及社会理事会|经社理事会|安全理事会|人权理事会|预防犯罪和刑事司法委员会|麻醉药品委员会"
                            + "|委员会|理事会|缔约方会议|缔约国会议|秘书处|国际麻醉品管制局|世界银行|国际货币基金组织"
                            + "|金融行动特别工作组|国际刑事法院|联合国系统"
                            + "|联合国(?![^，；。、]{0,30}?(?:公约|议定书)[^，；。、]{0,4}?缔约国)"),
            Pattern.compile(
                    "(?!加强|继续|进一步|考虑|提供|采取|支持|确保|促进|开展|推动|审查|建立|制定)[^，；。、和及与或]{0,8}?(?:组织|机构|实体|伙伴|利益攸关方|社会|部门|界|方案|基金|专家|网络|成员"
                            + "|社区|行为体|委员会|理事会|法院|论坛|秘书处|系统|机制|中心|研究所|企业|银行|从业人员|媒体|大学"
                            + "|国家|当局|代表|主席|总干事|高级专员|特别报告员|任务负责人|办事处|公署|执行局|小组|工作组|伙伴关系"
                            + "|所|办公室|机关|论坛|规划署|署|各方)"),
            false,
            Pattern.compile("、|以及|和|及"),
            Pattern.compile("的|》|公约|议定书|规约|所提|所述|所列"),
            null);

    private static final String NUMERAL = "[一二三四五六七八九十百零〇两\\d]{1,6}";

    private static final Phrasebook.Reporting REPORTING = new Phrasebook.Reporting(
            Pattern.compile("(?:向[^；。，]{0,150}?(?:报告|汇报)|(?:提交|提出|编写|印发|转递|列入)[^；。]{0,200}?报告)"
                    + "(?!要求|义务|周期|格式|程序|机制|制度|工作)"),
            Pattern.compile("第(?<n>" + NUMERAL + ")(?:届|次)(?:和第(?<n2>" + NUMERAL + ")届)?(?:特别|常会|续会|年度)?会议"),
            ChineseLexicon::ordinal,
            Pattern.compile("、|和|及"),
            Phrasebook.targets(
                    "GA", "大会",
                    "ECOSOC", "经济及社会理事会|经社理事会",
                    "CCPCJ", "预防犯罪和刑事司法委员会",
                    "CND", "麻醉药品委员会",
                    "COSP", "缔约国会议",
                    "COP", "缔约方会议"),
            Pattern.compile("向委员会"),
            null,
            Pattern.compile("本决议"));

    static final Phrasebook PHRASEBOOK =
            new Phrasebook(UnLanguage.ZH, Phrasebook::plain, PREAMBLE, VERBS, TRAILING, ADDRESSEES, REPORTING);

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0),
            Map.entry('〇', 0),
            Map.entry('一', 1),
            Map.entry('二', 2),
            Map.entry('两', 2),
            Map.entry('三', 3),
            Map.entry('四', 4),
            Map.entry('五', 5),
            Map.entry('六', 6),
            Map.entry('七', 7),
            Map.entry('八', 8),
            Map.entry('九', 9));

    private ChineseLexicon() {}

    /** "七十八" (78), "二十四" (24), "十八" (18), "一百零一" (101), "32"; -1 otherwise. */
    static int ordinal(String numeral) {
        String s = numeral.strip();
        if (s.matches("\\d{1,3}")) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int unit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '百') {
                total += (unit < 0 ? 1 : unit) * 100;
                unit = -1;
            } else if (c == '十') {
                total += (unit < 0 ? 1 : unit) * 10;
                unit = -1;
            } else if (DIGITS.containsKey(c)) {
                unit = DIGITS.get(c);
            } else {
                return -1;
            }
        }
        if (unit > 0) {
            total += unit;
        }
        return total > 0 ? total : -1;
    }
}
