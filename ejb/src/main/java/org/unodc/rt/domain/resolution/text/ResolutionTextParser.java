package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Reads the plain text of a UN resolution (General Assembly, ECOSOC, CCPCJ; adopted or draft) as extracted from
 * PDF, DOCX, DOC, ODT or HTML, into a {@link ParsedResolution}.
 * <p>
 * The reading follows the genre rather than the layout:
 * <ol>
 * <li>the text is normalised into lines ({@link TextNormalizer}), page furniture is dropped ({@link PageFurniture})
 * and footnotes are taken out wherever the page break put them ({@link FootnoteExtractor});</li>
 * <li>the line naming the acting body ("The Economic and Social Council,") separates the heading (read by
 * {@link HeaderParser}) from the body; the "nth plenary meeting" line ends the body;</li>
 * <li>a draft that the resolution recommends to another body ("Recommends to the General Assembly the adoption of
 * the following draft resolution:") is cut out of the body and read on its own;</li>
 * <li>the body is grouped into paragraphs ({@link ParagraphSplitter}) and each operative paragraph is read by
 * {@link OperativeReader}.</li>
 * </ol>
 * Instances are stateless and thread-safe; all patterns are compiled once. Text that is not a resolution is
 * refused with a {@link NotAResolutionException} saying why; no input makes the parser throw anything else.
 */
public final class ResolutionTextParser {

    /** Longer texts are refused: the longest resolutions with annexes stay well under this. */
    public static final int MAX_CHARS = 2_000_000;

    private static final Pattern CLOSING_QUOTE_END =
            Pattern.compile(".*[.;:!?)\u3002\uFF1B\u061B]\\s*[\"\u201D\u00BB]\\s*|[\"\u201D\u00BB]");
    private static final Pattern OPENING_QUOTE_START = Pattern.compile("[\"\u201C\u201E\u00AB].*");
    /** How far after an enacting formula the cover page's lines can come (masthead "الجمعية العامة", "大会"). */
    private static final int COVER_LOOKAHEAD = 15;

    public ResolutionTextParser() {
        // stateless
    }

    /**
     * Parses the text of a resolution.
     *
     * @param text plain text, as extracted from the document
     * @return what was read
     * @throws NotAResolutionException when the text is empty, too long, or does not have the parts every resolution
     *                                 has (the acting body and operative paragraphs); the message says which
     */
    public ParsedResolution parse(String text) throws NotAResolutionException {
        return parse(text, null);
    }

    /**
     * Parses the text of a resolution written in a known language.
     *
     * @param text     plain text, as extracted from the document
     * @param language the language of the text, or null to detect it
     * @return what was read; its {@code language} is the one given or detected
     * @throws NotAResolutionException as {@link #parse(String)}
     */
    public ParsedResolution parse(String text, UnLanguage language) throws NotAResolutionException {
        if (text == null) {
            throw new NotAResolutionException(Explanation.of("parser.noText"));
        }
        if (text.length() > MAX_CHARS) {
            throw new NotAResolutionException(Explanation.of("parser.tooLong", text.length(), MAX_CHARS));
        }
        if (text.isBlank()) {
            throw new NotAResolutionException(Explanation.of("parser.empty"));
        }
        try {
            return read(text, language == null ? LanguageDetector.detect(text) : language);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not become a server error for the user; the cause is kept for the logs.
            throw new NotAResolutionException(
                    Explanation.of("parser.internalError", e.getClass().getSimpleName()), e);
        }
    }

    private ParsedResolution read(String text, UnLanguage language) throws NotAResolutionException {
        LanguageForms forms = LanguageForms.of(language);
        java.util.function.Predicate<String> structural = line -> isStructural(line, forms);
        List<Line> raw = TextNormalizer.lines(text);
        List<String> symbols = HeaderParser.symbols(raw);
        List<Line> lines = PageFurniture.remove(raw, structural);
        FootnoteExtractor.Result notes = FootnoteExtractor.extract(lines, structural, language);
        List<Line> all = notes.lines();

        int openingIndex = -1;
        HeaderParser.FormalOpening opening = null;
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                HeaderParser.FormalOpening candidate =
                        forms.formalOpening(all.get(i).text());
                if (candidate != null && !coverFollows(all, i, forms)) {
                    opening = candidate;
                    openingIndex = i;
                    break;
                }
            }
        }
        if (opening == null) {
            throw notAResolution(all, language);
        }
        if (opening.body() == null) {
            throw new NotAResolutionException(Explanation.of("parser.otherBody", opening.bodyName()));
        }

        HeaderParser.Header header = HeaderParser.parse(all.subList(0, openingIndex), forms);
        List<Line> body = new ArrayList<>();
        if (!opening.rest().isEmpty()) {
            body.add(new Line(opening.rest(), 0));
        }
        for (Line line : all.subList(openingIndex + 1, all.size())) {
            if (!line.isBlank()) {
                body.add(line);
            }
        }

        HeaderParser.Footer footer = cutFooter(body, forms);
        cutAnnex(body, forms);

        ResolutionBody bodyCode = header.coverBody != null ? header.coverBody : opening.body();
        boolean draft = header.draft || symbols.stream().anyMatch(s -> s.contains("/L."));

        Set<String> knownMarkers = new LinkedHashSet<>();
        for (Footnote f : notes.footnotes()) {
            knownMarkers.add(f.marker());
        }
        boolean commissionIsCnd =
                text.contains("Commission on Narcotic Drugs") && !text.contains("Commission on Crime Prevention");

        // a draft recommended to another body, cut out of the body and read on its own
        Nested nested = findNested(body, forms);
        ParsedResolution nestedDraft = null;
        Assembled nestedParts = null;
        List<Line> outerLines = body;
        if (nested != null) {
            List<Line> inner = new ArrayList<>(body.subList(nested.openingIndex + 1, nested.end));
            HeaderParser.FormalOpening innerOpening =
                    forms.formalOpening(body.get(nested.openingIndex).text());
            if (innerOpening != null && !innerOpening.rest().isEmpty()) {
                inner.add(0, new Line(innerOpening.rest(), 0));
            }
            ResolutionBody innerBody =
                    innerOpening == null || innerOpening.body() == null ? ResolutionBody.GA : innerOpening.body();
            nestedParts = assemble(
                    ParagraphSplitter.split(inner, language),
                    forms,
                    new OperativeReader.Context(innerBody, commissionIsCnd, knownMarkers, language));
            outerLines = new ArrayList<>(body.subList(0, nested.recommendationIndex + 1));
            outerLines.addAll(body.subList(nested.end, body.size()));
            if (!nestedParts.operative.isEmpty()) {
                String innerTitle = nested.title != null ? nested.title : header.title;
                nestedDraft = new ParsedResolution(
                        null,
                        innerBody,
                        null,
                        innerTitle,
                        ResolutionStatus.DRAFT,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        nestedParts.preamble,
                        nestedParts.operative,
                        List.of(),
                        nestedParts.cited,
                        nestedParts.instruments,
                        nestedParts.requests,
                        null,
                        language.code());
            }
        }

        Assembled outer = assemble(
                ParagraphSplitter.split(outerLines, language),
                forms,
                new OperativeReader.Context(bodyCode, commissionIsCnd, knownMarkers, language));
        if (outer.operative.isEmpty()) {
            throw new NotAResolutionException(Explanation.of("parser.noOperativeAfterBody", opening.bodyName()));
        }

        // footnotes belong to the draft whose paragraphs refer to them; the others to the resolution
        List<Footnote> outerNotes = new ArrayList<>();
        List<Footnote> innerNotes = new ArrayList<>();
        for (Footnote f : notes.footnotes()) {
            boolean inner = nestedDraft != null
                    && nestedParts.markers.contains(f.marker())
                    && !outer.markers.contains(f.marker());
            (inner ? innerNotes : outerNotes).add(f);
        }
        if (nestedDraft != null) {
            List<String> innerCited = CitationFinder.find(concat(nestedParts.texts, noteTexts(innerNotes)), forms);
            List<String> innerInstruments = Instruments.find(concat(nestedParts.texts, noteTexts(innerNotes)));
            nestedDraft = new ParsedResolution(
                    null,
                    nestedDraft.body(),
                    null,
                    nestedDraft.title(),
                    ResolutionStatus.DRAFT,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    nestedDraft.preamble(),
                    nestedDraft.operative(),
                    innerNotes,
                    innerCited,
                    innerInstruments,
                    nestedDraft.reportingRequests(),
                    null,
                    language.code());
        }
        List<String> outerTexts = concat(outer.texts, noteTexts(outerNotes));
        List<String> cited = CitationFinder.find(outerTexts, forms);
        List<String> instrumentTexts = new ArrayList<>(outerTexts);
        instrumentTexts.add(header.title);
        List<String> instruments = Instruments.find(instrumentTexts);

        String number = draft ? null : numberOf(header, symbols);
        String symbol = symbolOf(draft, bodyCode, number, symbols);
        java.time.LocalDate adopted = draft
                ? null
                : header.adoptionDate != null ? header.adoptionDate : footer != null ? footer.date() : null;
        String meeting = draft || footer == null ? null : footer.meeting();
        return new ParsedResolution(
                symbol,
                bodyCode,
                number,
                header.title,
                draft ? ResolutionStatus.DRAFT : ResolutionStatus.ADOPTED,
                adopted,
                meeting,
                header.session,
                header.agendaItem,
                header.sponsors,
                outer.preamble,
                outer.operative,
                outerNotes,
                cited,
                instruments,
                outer.requests,
                nestedDraft,
                language.code());
    }

    private static boolean isStructural(String line, LanguageForms forms) {
        boolean start = forms.language == UnLanguage.EN
                ? ParagraphSplitter.looksLikeStart(line)
                : ParagraphSplitter.numberOf(line, forms.language) > 0;
        return start || forms.formalOpening(line) != null || isClosing(line, forms);
    }

    /** The closing "47th plenary meeting" line, or the date line under it (never the start of a footnote). */
    private static boolean isClosing(String line, LanguageForms forms) {
        return line.length() <= 80 && (forms.footer(line) != null || forms.date(line) != null && line.length() <= 40);
    }

    /** Whether the cover page's "Resolution adopted by" or number-and-title line follows the line at {@code index}. */
    private static boolean coverFollows(List<Line> lines, int index, LanguageForms forms) {
        int seen = 0;
        for (int j = index + 1; j < lines.size() && seen < COVER_LOOKAHEAD; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            seen++;
            if (HeaderParser.isCoverLine(lines.get(j).text(), forms)) {
                return true;
            }
        }
        return false;
    }

    private NotAResolutionException notAResolution(List<Line> lines, UnLanguage language) {
        boolean anyOperative = false;
        for (Line line : lines) {
            if (!line.isBlank() && ParagraphSplitter.numberOf(line.text(), language) > 0) {
                anyOperative = true;
                break;
            }
        }
        if (anyOperative) {
            return new NotAResolutionException(Explanation.of("parser.noBody"));
        }
        return new NotAResolutionException(Explanation.of("parser.noOperativeNoBody"));
    }

    /** Removes the "47th plenary meeting / 25 July 2013" footer and everything after it. */
    private static HeaderParser.Footer cutFooter(List<Line> body, LanguageForms forms) {
        for (int i = 0; i < body.size(); i++) {
            HeaderParser.Footer footer = HeaderParser.footer(body, i, forms);
            if (footer != null) {
                body.subList(i, body.size()).clear();
                return footer;
            }
        }
        for (int i = body.size() - 1; i >= 0 && i >= body.size() - 3; i--) {
            String t = body.get(i).text();
            int start = HeaderParser.inlineFooterStart(t, forms);
            if (start >= 0) {
                HeaderParser.Footer footer = HeaderParser.inlineFooter(t, forms);
                body.set(i, new Line(t.substring(0, start).strip(), body.get(i).indent()));
                body.subList(i + 1, body.size()).clear();
                return footer;
            }
        }
        return null;
    }

    /** An annex after the operative paragraphs is not part of them. */
    private static void cutAnnex(List<Line> body, LanguageForms forms) {
        boolean operativeSeen = false;
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).text();
            if (!operativeSeen && ParagraphSplitter.numberOf(t, forms.language) > 0) {
                operativeSeen = true;
            } else if (operativeSeen && forms.isAnnexHeading(t)) {
                body.subList(i, body.size()).clear();
                return;
            }
        }
    }

    /** Where a recommended draft sits in the body. */
    private record Nested(int recommendationIndex, int openingIndex, int end, String title) {}

    private static Nested findNested(List<Line> body, LanguageForms forms) {
        for (int i = 0; i < body.size(); i++) {
            String t = body.get(i).text();
            if (!forms.recommendsFollowingDraft(t)) {
                continue;
            }
            for (int k = i + 1; k < body.size() && k <= i + 4; k++) {
                if (forms.formalOpening(body.get(k).text()) == null) {
                    continue;
                }
                String title = null;
                if (k > i + 1) {
                    List<String> titleLines = new ArrayList<>();
                    for (Line l : body.subList(i + 1, k)) {
                        titleLines.add(ParagraphSplitter.stripLead(l.text()));
                    }
                    title = HeaderParser.clean(String.join(" ", titleLines));
                }
                return new Nested(i, k, nestedEnd(body, i, k, forms.language), title);
            }
        }
        return null;
    }

    /**
     * The draft ends with its closing quotation mark when its paragraphs are quoted; otherwise where the numbering
     * of the outer resolution resumes ("2." after the draft's "18."), or at the end of the body.
     */
    private static int nestedEnd(List<Line> body, int recommendation, int opening, UnLanguage language) {
        boolean quoted = OPENING_QUOTE_START.matcher(body.get(opening).text()).matches();
        int outerNumber = 0;
        for (int i = 0; i <= recommendation; i++) {
            int n = ParagraphSplitter.numberOf(body.get(i).text(), language);
            if (n > 0) {
                outerNumber = n;
            }
        }
        if (outerNumber == 0) {
            outerNumber = 1;
        }
        int innerMax = 0;
        for (int j = opening + 1; j < body.size(); j++) {
            String t = body.get(j).text();
            if (quoted && t.length() < 20000 && CLOSING_QUOTE_END.matcher(t).matches()) {
                return j + 1;
            }
            int n = ParagraphSplitter.numberOf(t, language);
            if (n > 0) {
                if (!quoted && n == outerNumber + 1 && n <= innerMax) {
                    return j;
                }
                innerMax = Math.max(innerMax, n);
            }
        }
        return body.size();
    }

    /** Paragraphs read from the blocks of one resolution. */
    private static final class Assembled {
        final List<PreambleParagraph> preamble = new ArrayList<>();
        final List<OperativeParagraph> operative = new ArrayList<>();
        final List<ReportingRequest> requests = new ArrayList<>();
        final Set<String> markers = new LinkedHashSet<>();
        final List<String> texts = new ArrayList<>();
        List<String> cited = List.of();
        List<String> instruments = List.of();
    }

    private static Assembled assemble(
            List<ParagraphSplitter.Block> blocks, LanguageForms forms, OperativeReader.Context context) {
        Assembled a = new Assembled();
        for (ParagraphSplitter.Block block : blocks) {
            if (block.kind == ParagraphSplitter.Kind.PREAMBLE) {
                FootnoteExtractor.Stripped s =
                        FootnoteExtractor.stripMarkers(ParagraphText.join(block.lines), context.knownMarkers());
                a.markers.addAll(s.markers());
                String text = ParagraphText.clean(ParagraphSplitter.stripLead(s.text()));
                String opening = VerbPhrases.preambleOpening(text);
                if (opening == null) {
                    int space = text.indexOf(' ');
                    opening = space < 0 ? text : text.substring(0, space);
                }
                a.preamble.add(new PreambleParagraph(opening, text));
                a.texts.add(text);
            } else {
                OperativeReader.Read read = OperativeReader.read(block, context);
                a.operative.add(read.paragraph());
                a.markers.addAll(read.markers());
                a.requests.addAll(read.requests());
                a.texts.add(read.paragraph().fullText());
            }
        }
        a.cited = CitationFinder.find(a.texts, forms);
        a.instruments = Instruments.find(a.texts);
        return a;
    }

    private static List<String> noteTexts(List<Footnote> notes) {
        List<String> out = new ArrayList<>(notes.size());
        for (Footnote f : notes) {
            out.add(f.text());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    private static String numberOf(HeaderParser.Header header, List<String> symbols) {
        if (header.number != null) {
            return header.number;
        }
        for (String s : symbols) {
            int res = s.indexOf("/RES/");
            if (res >= 0) {
                return s.substring(res + 5);
            }
        }
        return null;
    }

    private static String symbolOf(boolean draft, ResolutionBody body, String number, List<String> symbols) {
        if (draft) {
            for (String s : symbols) {
                if (s.contains("/L.")) {
                    return s;
                }
            }
            return null;
        }
        for (String s : symbols) {
            if (s.contains("/RES/")) {
                return s;
            }
        }
        if (number == null || body == null) {
            return null;
        }
        return switch (body) {
            case ECOSOC -> "E/RES/" + number;
            case GA -> "A/RES/" + number;
            case CCPCJ -> "E/CN.15/RES/" + number;
        };
    }
}
