package org.unodc.rt.application;

import java.util.Map;
import org.unodc.rt.domain.cycle.Question;
import org.unodc.rt.domain.cycle.ReportingCycle;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The demo cycles' own words in the five languages besides English, as the secretariat would type them in the
 * questionnaire editor: the cycle's title and the secretariat's questions with their guidance. Questions taken from
 * a resolution's paragraphs get their wording from the resolution's language versions instead.
 */
public final class DemoTranslations {

    private record Wording(String text, String guidance) {}

    private static final Map<Integer, Map<UnLanguage, String>> TITLES = Map.of(
            34,
            Map.of(
                    UnLanguage.AR,
                            "تنفيذ القرارات المتعلقة بالجريمة المنظمة: التقارير المقدمة إلى الدورة الرابعة والثلاثين",
                    UnLanguage.ZH, "有组织犯罪相关决议的执行情况：提交第三十四届会议的报告",
                    UnLanguage.FR,
                            "Application des résolutions relatives à la criminalité organisée\u00a0: rapports pour la"
                                    + " trente-quatrième session",
                    UnLanguage.RU,
                            "Осуществление резолюций, касающихся организованной преступности: доклады к тридцать"
                                    + " четвертой сессии",
                    UnLanguage.ES,
                            "Aplicación de las resoluciones relativas a la delincuencia organizada: informes para el"
                                    + " trigésimo cuarto período de sesiones"),
            35,
            Map.of(
                    UnLanguage.AR,
                            "تنفيذ القرارات المتعلقة بالجريمة المنظمة: التقارير المقدمة إلى الدورة الخامسة والثلاثين",
                    UnLanguage.ZH, "有组织犯罪相关决议的执行情况：提交第三十五届会议的报告",
                    UnLanguage.FR,
                            "Application des résolutions relatives à la criminalité organisée\u00a0: rapports pour la"
                                    + " trente-cinquième session",
                    UnLanguage.RU,
                            "Осуществление резолюций, касающихся организованной преступности: доклады к тридцать"
                                    + " пятой сессии",
                    UnLanguage.ES,
                            "Aplicación de las resoluciones relativas a la delincuencia organizada: informes para el"
                                    + " trigésimo quinto período de sesiones"));

    /** The secretariat's own demo questions, by their English text. */
    private static final Map<String, Map<UnLanguage, Wording>> QUESTIONS = Map.of(
            "Which national authority coordinated this return, and which others contributed?",
            Map.of(
                    UnLanguage.AR,
                            new Wording(
                                    "ما هي السلطة الوطنية التي نسّقت هذا الرد، وما هي السلطات الأخرى التي أسهمت فيه؟",
                                    "يُرجى ذكر الوزارات والأجهزة المعنية، وجهة اتصال للمتابعة."),
                    UnLanguage.ZH, new Wording("哪个国家主管机关协调了本答复的编写？还有哪些机关参与了编写？", "请列出相关部委和机构，并提供一名后续联系人。"),
                    UnLanguage.FR,
                            new Wording(
                                    "Quelle autorité nationale a coordonné cette réponse et quelles autres y ont"
                                            + " contribué\u00a0?",
                                    "Indiquez les ministères et organismes concernés, ainsi qu’un contact pour le suivi."),
                    UnLanguage.RU,
                            new Wording(
                                    "Какой национальный орган координировал подготовку этого ответа и какие другие"
                                            + " органы в ней участвовали?",
                                    "Укажите министерства и ведомства, а также контактное лицо для дальнейшей связи."),
                    UnLanguage.ES,
                            new Wording(
                                    "¿Qué autoridad nacional coordinó esta respuesta y qué otras contribuyeron a ella?",
                                    "Indique los ministerios y organismos, y una persona de contacto para el"
                                            + " seguimiento.")),
            "Which difficulties has your State met, and which technical assistance would help?",
            Map.of(
                    UnLanguage.AR,
                            new Wording(
                                    "ما هي الصعوبات التي واجهتها دولتكم، وما هي المساعدة التقنية التي من شأنها أن تفيدها؟",
                                    null),
                    UnLanguage.ZH, new Wording("贵国遇到了哪些困难？哪些技术援助会有所帮助？", null),
                    UnLanguage.FR,
                            new Wording(
                                    "Quelles difficultés votre État a-t-il rencontrées et quelle assistance technique"
                                            + " lui serait utile\u00a0?",
                                    null),
                    UnLanguage.RU,
                            new Wording(
                                    "С какими трудностями столкнулось ваше государство и какая техническая помощь"
                                            + " была бы полезной?",
                                    null),
                    UnLanguage.ES,
                            new Wording(
                                    "¿Qué dificultades ha encontrado su Estado y qué asistencia técnica le sería útil?",
                                    null)));

    private DemoTranslations() {}

    /** Words the cycle's title and the secretariat's own questions in every language; the cycle is still a draft. */
    public static void translate(ReportingCycle cycle) {
        TITLES.getOrDefault(cycle.session().ordinal(), Map.of())
                .forEach((language, title) -> cycle.translateTitle(language, title));
        for (Question question : cycle.questions()) {
            QUESTIONS
                    .getOrDefault(question.text(), Map.of())
                    .forEach((language, wording) ->
                            cycle.translateQuestion(question, language, wording.text(), wording.guidance()));
        }
    }
}
