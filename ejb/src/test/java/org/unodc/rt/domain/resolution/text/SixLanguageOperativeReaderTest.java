package org.unodc.rt.domain.resolution.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unodc.rt.domain.resolution.text.Addressee.DONORS;
import static org.unodc.rt.domain.resolution.text.Addressee.EXECUTIVE_DIRECTOR;
import static org.unodc.rt.domain.resolution.text.Addressee.MEMBER_STATES;
import static org.unodc.rt.domain.resolution.text.Addressee.OTHER;
import static org.unodc.rt.domain.resolution.text.Addressee.SECRETARY_GENERAL;
import static org.unodc.rt.domain.resolution.text.Addressee.UNODC;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * The same operative paragraphs in the six languages give the same verbs' directive reading, addressee codes and
 * reporting sessions. The sentences are written in the usual UN formulas of each language.
 */
class SixLanguageOperativeReaderTest {

    private static OperativeReader.Read read(UnLanguage language, ResolutionBody self, String text) {
        ParagraphSplitter.Block block = new ParagraphSplitter.Block(ParagraphSplitter.Kind.OPERATIVE, 5, true);
        block.lines.add(text);
        return OperativeReader.read(block, new OperativeReader.Context(self, false, Set.of(), language));
    }

    private static List<Addressee> addressees(UnLanguage language, String text) {
        return read(language, ResolutionBody.GA, text).paragraph().addressees();
    }

    private static List<Addressee> trailing(UnLanguage language, String text) {
        List<Directive> directives =
                read(language, ResolutionBody.GA, text).paragraph().directives();
        assertThat(directives).hasSize(1);
        return directives.get(0).addressees();
    }

    private static ReportingRequest request(UnLanguage language, ResolutionBody self, String text) {
        List<ReportingRequest> requests = read(language, self, text).requests();
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    // ------------------------------------------------------------------------------------------------ French

    @Test
    void french() {
        UnLanguage fr = UnLanguage.FR;
        assertThat(addressees(
                        fr,
                        "Exhorte les États Membres qui ne l’ont pas encore fait à envisager de ratifier"
                                + " la Convention ;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        fr,
                        "Invite les États Membres et les autres donateurs à verser des contributions"
                                + " volontaires ;"))
                .containsExactly(MEMBER_STATES, DONORS);
        assertThat(addressees(fr, "Demande aux États parties de coopérer pleinement ;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(fr, "Demande instamment à tous les États de prendre des mesures ;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        fr, "Encourage les organisations internationales compétentes à coopérer avec" + " l’Office ;"))
                .containsExactly(OTHER);
        assertThat(addressees(
                        fr,
                        "Recommande au Conseil économique et social d’adopter le projet de résolution" + " suivant :"))
                .containsExactly(OTHER);
        assertThat(addressees(fr, "Prend note du rapport du Secrétaire général ;"))
                .isEmpty();
        assertThat(addressees(fr, "Encourage la poursuite de la coopération régionale ;"))
                .isEmpty();
        assertThat(trailing(
                        fr,
                        "Se félicite des travaux de l’Office, et prie l’Office des Nations Unies contre la"
                                + " drogue et le crime de continuer à fournir une assistance technique ;"))
                .containsExactly(UNODC);
        assertThat(trailing(
                        fr,
                        "Prie le Secrétaire général de poursuivre ses efforts et le prie de faire rapport"
                                + " à ce sujet ;"))
                .containsExactly(SECRETARY_GENERAL);

        ReportingRequest sg = request(
                fr,
                ResolutionBody.GA,
                "Prie le Secrétaire général de lui présenter, à sa"
                        + " soixante-dix-huitième session, un rapport sur l’application de la présente résolution ;");
        assertThat(sg.session()).isEqualTo(78);
        assertThat(sg.reportTo()).isEqualTo("GA");
        assertThat(sg.reporter()).isEqualTo("Secretary-General");
        ReportingRequest ed = request(
                fr,
                ResolutionBody.ECOSOC,
                "Prie la Directrice exécutive de faire rapport à"
                        + " la Commission pour la prévention du crime et la justice pénale, à sa trente-quatrième session,"
                        + " sur l’application de la présente résolution.");
        assertThat(ed.session()).isEqualTo(34);
        assertThat(ed.reportTo()).isEqualTo("CCPCJ");
        assertThat(read(
                                fr,
                                ResolutionBody.GA,
                                "Décide d’inscrire à l’ordre du jour provisoire de sa"
                                        + " soixante-dix-neuvième session la question intitulée « Contrôle international des"
                                        + " drogues » ;")
                        .requests())
                .isEmpty();
    }

    @Test
    void frenchOpenersAndOrdinals() {
        assertThat(VerbPhrases.preambleOpening("Rappelant sa résolution 70/1,", UnLanguage.FR))
                .isEqualTo("Rappelant");
        assertThat(VerbPhrases.preambleOpening("Profondément préoccupée par la situation,", UnLanguage.FR))
                .isEqualTo("Profondément préoccupée");
        assertThat(VerbPhrases.preambleOpening("Se félicitant de l’adoption de la Déclaration,", UnLanguage.FR))
                .isEqualTo("Se félicitant");
        assertThat(VerbPhrases.preambleOpening("Prenant note avec satisfaction du rapport,", UnLanguage.FR))
                .isEqualTo("Prenant note avec satisfaction");
        assertThat(VerbPhrases.preambleOpening("Prie le Secrétaire général de faire rapport ;", UnLanguage.FR))
                .isNull();
        assertThat(VerbPhrases.preambleOpening("Durant la période considérée,", UnLanguage.FR))
                .isNull();
        VerbPhrases.VerbMatch verb = VerbPhrases.operativeVerb("Prie également le Secrétaire général", UnLanguage.FR);
        assertThat(verb.asWritten()).isEqualTo("Prie également");
        assertThat(verb.canonical()).isEqualTo("requests");
        assertThat(VerbPhrases.isKnownOperative(verb, UnLanguage.FR)).isTrue();
        assertThat(FrenchLexicon.ordinal("vingt-quatrième")).isEqualTo(24);
        assertThat(FrenchLexicon.ordinal("cinquante et unième")).isEqualTo(51);
        assertThat(FrenchLexicon.ordinal("soixante-dix-septième")).isEqualTo(77);
        assertThat(FrenchLexicon.ordinal("quatre-vingt-unième")).isEqualTo(81);
        assertThat(FrenchLexicon.ordinal("quatre-vingtième")).isEqualTo(80);
        assertThat(FrenchLexicon.ordinal("première")).isEqualTo(1);
        assertThat(FrenchLexicon.ordinal("prochaine")).isEqualTo(-1);
    }

    // ------------------------------------------------------------------------------------------------ Spanish

    @Test
    void spanish() {
        UnLanguage es = UnLanguage.ES;
        assertThat(addressees(
                        es,
                        "Insta a los Estados Miembros que aún no lo hayan hecho a que consideran la"
                                + " posibilidad de ratificar la Convención;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        es,
                        "Invita a los Estados Miembros y a otros donantes a que aporten contribuciones"
                                + " voluntarias;"))
                .containsExactly(MEMBER_STATES, DONORS);
        assertThat(addressees(es, "Exhorta a los Estados partes a que cooperen plenamente;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        es,
                        "Alienta a la Oficina de las Naciones Unidas contra la Droga y el Delito a que"
                                + " siga prestando asistencia técnica;"))
                .containsExactly(UNODC);
        assertThat(addressees(es, "Alienta a las organizaciones internacionales pertinentes a que cooperen;"))
                .containsExactly(OTHER);
        assertThat(addressees(
                        es, "Recomienda a la Asamblea General que apruebe el siguiente proyecto de" + " resolución:"))
                .containsExactly(OTHER);
        assertThat(addressees(es, "Toma nota del informe del Secretario General;"))
                .isEmpty();
        assertThat(trailing(
                        es,
                        "Toma nota con aprecio de la labor de la Oficina, y solicita a la Oficina que siga"
                                + " prestando asistencia;"))
                .containsExactly(UNODC);

        ReportingRequest sg = request(
                es,
                ResolutionBody.GA,
                "Solicita al Secretario General que le presente en su"
                        + " septuagésimo octavo período de sesiones un informe sobre la aplicación de la presente"
                        + " resolución.");
        assertThat(sg.session()).isEqualTo(78);
        assertThat(sg.reportTo()).isEqualTo("GA");
        ReportingRequest ed = request(
                es,
                ResolutionBody.ECOSOC,
                "Solicita a la Directora Ejecutiva que informe a"
                        + " la Comisión de Prevención del Delito y Justicia Penal en su 34º período de sesiones sobre la"
                        + " aplicación de la presente resolución.");
        assertThat(ed.session()).isEqualTo(34);
        assertThat(ed.reportTo()).isEqualTo("CCPCJ");
        assertThat(addressees(es, "Solicita a la Directora Ejecutiva que informe"))
                .containsExactly(EXECUTIVE_DIRECTOR);

        assertThat(VerbPhrases.preambleOpening("Recordando su resolución 70/1,", es))
                .isEqualTo("Recordando");
        assertThat(VerbPhrases.preambleOpening("Profundamente preocupada por la situación,", es))
                .isEqualTo("Profundamente preocupada");
        assertThat(VerbPhrases.preambleOpening("Acogiendo con beneplácito la Declaración,", es))
                .isEqualTo("Acogiendo con beneplácito");
        assertThat(VerbPhrases.preambleOpening("Solicita al Secretario General que informe;", es))
                .isNull();
        assertThat(SpanishLexicon.ordinal("septuagésimo octavo")).isEqualTo(78);
        assertThat(SpanishLexicon.ordinal("vigésimo primer")).isEqualTo(21);
        assertThat(SpanishLexicon.ordinal("decimotercer")).isEqualTo(13);
        assertThat(SpanishLexicon.ordinal("51er")).isEqualTo(51);
        assertThat(SpanishLexicon.ordinal("24º")).isEqualTo(24);
    }

    // ------------------------------------------------------------------------------------------------ Russian

    @Test
    void russian() {
        UnLanguage ru = UnLanguage.RU;
        assertThat(addressees(
                        ru,
                        "настоятельно призывает государства-члены, которые еще не сделали этого,"
                                + " рассмотреть вопрос о ратификации Конвенции;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        ru, "предлагает государствам-членам и другим донорам предоставлять добровольные" + " взносы;"))
                .containsExactly(MEMBER_STATES, DONORS);
        assertThat(addressees(ru, "призывает государства — участники Конвенции в полной мере сотрудничать;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(ru, "рекомендует Генеральной Ассамблее принять следующий проект резолюции:"))
                .containsExactly(OTHER);
        assertThat(addressees(ru, "предлагает соответствующим международным организациям сотрудничать;"))
                .containsExactly(OTHER);
        assertThat(addressees(ru, "принимает к сведению доклад Генерального секретаря;"))
                .isEmpty();
        assertThat(addressees(ru, "рекомендует продолжать сотрудничество;")).isEmpty();
        assertThat(trailing(
                        ru,
                        "приветствует работу Управления и просит Управление Организации Объединенных Наций"
                                + " по наркотикам и преступности продолжать оказывать техническую помощь;"))
                .containsExactly(UNODC);

        ReportingRequest sg = request(
                ru,
                ResolutionBody.GA,
                "просит Генерального секретаря представить Генеральной"
                        + " Ассамблее на ее семьдесят восьмой сессии доклад об осуществлении настоящей резолюции.");
        assertThat(sg.session()).isEqualTo(78);
        assertThat(sg.reportTo()).isEqualTo("GA");
        assertThat(sg.reporter()).isEqualTo("Secretary-General");
        ReportingRequest ed = request(
                ru,
                ResolutionBody.ECOSOC,
                "просит Директора-исполнителя представить Комиссии"
                        + " по предупреждению преступности и уголовному правосудию на ее тридцать четвертой сессии доклад"
                        + " об осуществлении настоящей резолюции.");
        assertThat(ed.session()).isEqualTo(34);
        assertThat(ed.reportTo()).isEqualTo("CCPCJ");
        assertThat(ed.reporter()).isEqualTo("Executive Director");

        assertThat(VerbPhrases.preambleOpening("ссылаясь на свою резолюцию 70/1,", ru))
                .isEqualTo("ссылаясь");
        assertThat(VerbPhrases.preambleOpening("будучи глубоко обеспокоена положением,", ru))
                .isNotNull();
        assertThat(VerbPhrases.preambleOpening("с удовлетворением отмечая усилия,", ru))
                .isNotNull();
        assertThat(VerbPhrases.preambleOpening("принимая во внимание доклад,", ru))
                .isNotNull();
        assertThat(VerbPhrases.preambleOpening("рассмотрев доклад Генерального секретаря,", ru))
                .isNotNull();
        assertThat(VerbPhrases.preambleOpening("просит Генерального секретаря представить доклад;", ru))
                .isNull();
        assertThat(VerbPhrases.operativeVerb("настоятельно призывает также государства", ru)
                        .canonical())
                .isEqualTo("urges");
        assertThat(RussianLexicon.ordinal("семьдесят восьмой")).isEqualTo(78);
        assertThat(RussianLexicon.ordinal("двадцать четвертой")).isEqualTo(24);
        assertThat(RussianLexicon.ordinal("восемнадцатой")).isEqualTo(18);
        assertThat(RussianLexicon.ordinal("пятидесятой")).isEqualTo(50);
        assertThat(RussianLexicon.ordinal("24-й")).isEqualTo(24);
    }

    // ------------------------------------------------------------------------------------------------ Arabic

    @Test
    void arabic() {
        UnLanguage ar = UnLanguage.AR;
        assertThat(addressees(ar, "تحث الدول الأعضاء التي لم تصدِّق بعد على الاتفاقية على النظر في القيام بذلك؛"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(ar, "تدعو الدول الأعضاء والجهات المانحة الأخرى إلى تقديم تبرعات؛"))
                .containsExactly(MEMBER_STATES, DONORS);
        assertThat(addressees(ar, "تهيب بجميع الدول أن تتعاون تعاونا تاما؛")).containsExactly(MEMBER_STATES);
        assertThat(addressees(ar, "تشجع المنظمات الدولية المعنية على التعاون؛")).containsExactly(OTHER);
        assertThat(addressees(ar, "تحيط علما بتقرير الأمين العام؛")).isEmpty();
        assertThat(addressees(ar, "تشجع على مواصلة التعاون الإقليمي؛")).isEmpty();
        assertThat(trailing(
                        ar,
                        "ترحب بعمل المكتب، وتطلب إلى مكتب الأمم المتحدة المعني بالمخدرات والجريمة أن"
                                + " يواصل تقديم المساعدة التقنية؛"))
                .containsExactly(UNODC);
        assertThat(read(ar, ResolutionBody.ECOSOC, "يوصي الجمعية العامة باعتماد مشروع القرار التالي:")
                        .paragraph()
                        .addressees())
                .containsExactly(OTHER);

        ReportingRequest sg = request(
                ar,
                ResolutionBody.GA,
                "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في"
                        + " دورتها الثامنة والسبعين تقريراً عن تنفيذ هذا القرار؛");
        assertThat(sg.session()).isEqualTo(78);
        assertThat(sg.reportTo()).isEqualTo("GA");
        ReportingRequest ed = request(
                ar,
                ResolutionBody.ECOSOC,
                "يطلب إلى المديرة التنفيذية أن تقدم إلى لجنة منع"
                        + " الجريمة والعدالة الجنائية في دورتها الرابعة والثلاثين تقريرا عن تنفيذ هذا القرار.");
        assertThat(ed.session()).isEqualTo(34);
        assertThat(ed.reportTo()).isEqualTo("CCPCJ");
        assertThat(ed.reporter()).isEqualTo("Executive Director");

        assertThat(VerbPhrases.preambleOpening("وإذ تشير إلى قرارها 70/1،", ar)).isEqualTo("وإذ تشير");
        assertThat(VerbPhrases.preambleOpening("إذ يساورها بالغ القلق،", ar)).isNotNull();
        assertThat(VerbPhrases.preambleOpening("واقتناعا منها بأن التعاون ضروري،", ar))
                .isNotNull();
        assertThat(VerbPhrases.preambleOpening("تطلب إلى الأمين العام أن يقدم تقريرا؛", ar))
                .isNull();
        assertThat(ArabicLexicon.ordinal("الثامنة والسبعين")).isEqualTo(78);
        assertThat(ArabicLexicon.ordinal("الحادية والخمسين")).isEqualTo(51);
        assertThat(ArabicLexicon.ordinal("الثامنة عشرة")).isEqualTo(18);
    }

    // ------------------------------------------------------------------------------------------------ Chinese

    @Test
    void chinese() {
        UnLanguage zh = UnLanguage.ZH;
        assertThat(addressees(zh, "敦促尚未批准或加入《联合国打击跨国有组织犯罪公约》的会员国考虑批准或加入该公约；")).containsExactly(MEMBER_STATES);
        assertThat(addressees(zh, "邀请会员国和其他捐助方提供自愿捐款；")).containsExactly(MEMBER_STATES, DONORS);
        assertThat(addressees(zh, "促请各国充分合作；")).containsExactly(MEMBER_STATES);
        assertThat(addressees(zh, "鼓励有关国际组织加强合作；")).containsExactly(OTHER);
        assertThat(addressees(zh, "建议大会通过下列决议草案：")).containsExactly(OTHER);
        assertThat(addressees(zh, "注意到秘书长的报告；")).isEmpty();
        assertThat(trailing(zh, "欢迎该办公室的工作，并请联合国毒品和犯罪问题办公室继续提供技术援助；")).containsExactly(UNODC);

        ReportingRequest sg = request(zh, ResolutionBody.GA, "请秘书长向大会第七十八届会议提交关于本决议执行情况的报告。");
        assertThat(sg.session()).isEqualTo(78);
        assertThat(sg.reportTo()).isEqualTo("GA");
        ReportingRequest ed = request(zh, ResolutionBody.ECOSOC, "请执行主任向预防犯罪和刑事司法委员会第三十四届会议报告本决议的执行情况。");
        assertThat(ed.session()).isEqualTo(34);
        assertThat(ed.reportTo()).isEqualTo("CCPCJ");

        assertThat(VerbPhrases.preambleOpening("回顾其第70/1号决议，", zh)).isEqualTo("回顾");
        assertThat(VerbPhrases.preambleOpening("又回顾其以往各项决议，", zh)).isEqualTo("又回顾");
        assertThat(VerbPhrases.operativeVerb("又请秘书长", zh).canonical()).isEqualTo("requests");
        assertThat(ChineseLexicon.ordinal("七十八")).isEqualTo(78);
        assertThat(ChineseLexicon.ordinal("十八")).isEqualTo(18);
        assertThat(ChineseLexicon.ordinal("二十四")).isEqualTo(24);
    }

    // ------------------------------------------------------------------------------------------------ details

    @Test
    void titlesBeforeTheActionAndSessionsBeforeTheRequest() {
        ReportingRequest chair = request(
                UnLanguage.FR,
                ResolutionBody.GA,
                "Prie la présidence du Processus de"
                        + " Kimberley de lui présenter à sa soixante\u2011seizième session un rapport sur la mise en œuvre du"
                        + " Processus ;");
        assertThat(chair.session()).isEqualTo(76);
        assertThat(addressees(UnLanguage.AR, "تطلب إلى رئيس عملية كيمبرلي أن يقدم تقريرا؛"))
                .containsExactly(OTHER);
        assertThat(request(
                                UnLanguage.ES,
                                ResolutionBody.GA,
                                "Solicita al Secretario General que en su"
                                        + " septuagésimo séptimo período de sesiones le presente un informe sobre el cumplimiento"
                                        + " de los mandatos.")
                        .session())
                .isEqualTo(77);
        assertThat(request(
                                UnLanguage.AR,
                                ResolutionBody.GA,
                                "تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في"
                                        + " دورتها الثامنة\u00A0والسبعين تقريرا.")
                        .session())
                .isEqualTo(78);
        assertThat(read(
                                UnLanguage.FR,
                                ResolutionBody.ECOSOC,
                                "Encourage les États Membres à inclure des"
                                        + " informations en rapport avec les travaux de la Commission, dont elle sera saisie à sa"
                                        + " trente-troisième session ;")
                        .requests())
                .isEmpty();
    }

    @Test
    void callsForAndRemindersAreReadAsInEnglish() {
        assertThat(addressees(UnLanguage.AR, "تدعو إلى زيادة الاهتمام والعمل على الصعيدين الوطني والدولي؛"))
                .isEmpty();
        assertThat(read(UnLanguage.AR, ResolutionBody.ECOSOC, "يدعو أيضا إلى تكثيف جهود الدول الأعضاء والمجتمع المدني؛")
                        .paragraph()
                        .addressees())
                .isEmpty();
        assertThat(addressees(UnLanguage.AR, "تذكّر جميع الدول بأن الحبس الانفرادي المطول يمكن أن يسهل التعذيب؛"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(
                        UnLanguage.RU,
                        "призывает к дальнейшему сотрудничеству между Организацией"
                                + " Объединенных Наций и Советом Европы;"))
                .isEmpty();
        assertThat(addressees(
                        UnLanguage.RU,
                        "напоминает всем государствам, что длительное содержание под стражей" + " недопустимо;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(UnLanguage.FR, "Rappelle à cet égard les Principes d’Istanbul ;"))
                .isEmpty();
        assertThat(addressees(UnLanguage.FR, "Rappelle à tous les États qu’une détention prolongée est interdite ;"))
                .containsExactly(MEMBER_STATES);
        assertThat(addressees(UnLanguage.ZH, "呼吁会员国加强参与各实体的工作；")).isEmpty();
        assertThat(addressees(UnLanguage.ZH, "再次呼吁会员国和其他利益攸关方提供自愿捐助；")).containsExactly(MEMBER_STATES, OTHER);
    }

    @Test
    void chineseNamesAfterTitlesAndDescriptions() {
        UnLanguage zh = UnLanguage.ZH;
        assertThat(addressees(zh, "促请《禁止酷刑公约》缔约国履行义务；")).containsExactly(MEMBER_STATES);
        assertThat(addressees(zh, "鼓励联合国打击跨国有组织犯罪公约缔约国迅速告知原主国；")).containsExactly(MEMBER_STATES);
        assertThat(addressees(zh, "敦促会员国与联合国预防犯罪和刑事司法方案合作；")).containsExactly(MEMBER_STATES);
        assertThat(addressees(zh, "鼓励联合国和国际刑警组织深化合作；")).containsExactly(OTHER);
        assertThat(addressees(zh, "促请会员国和参与支持反恐工作的联合国实体继续协助；")).containsExactly(MEMBER_STATES, OTHER);
        assertThat(addressees(zh, "呼吁加强联合国各实体之间的协调；")).isEmpty();
    }
}
