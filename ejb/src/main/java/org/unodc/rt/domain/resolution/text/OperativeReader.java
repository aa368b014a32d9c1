package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Reads one operative paragraph: its verb, the addressees of the verb, the directives of trailing clauses, the
 * sub-paragraphs, and the reporting requests it makes.
 */
final class OperativeReader {

    /** An operative paragraph with the footnote markers it referred to and the reporting requests it makes. */
    record Read(OperativeParagraph paragraph, Set<String> markers, List<ReportingRequest> requests) {}

    /** What the reader needs to know about the resolution as a whole. */
    record Context(ResolutionBody self, boolean commissionIsCnd, Set<String> knownMarkers, UnLanguage language) {}

    /** Sub-paragraphs run into the paragraph: "...: (a) to ...; (b) to ...". */
    private static final Pattern INLINE_SUB = Pattern.compile("(?<=[:;]|\\band|\\bor)\\s+\\(([a-z])\\)\\s+");

    private OperativeReader() {}

    static Read read(ParagraphSplitter.Block block, Context context) {
        java.util.Set<String> markers = new java.util.LinkedHashSet<>();
        FootnoteExtractor.Stripped head =
                FootnoteExtractor.stripMarkers(ParagraphText.join(block.lines), context.knownMarkers());
        markers.addAll(head.markers());
        String withItalics = ParagraphText.collapse(ParagraphSplitter.stripLead(head.text()));
        Lexicon lexicon = Lexicon.of(context.language());
        VerbPhrases.VerbMatch verb = lexicon.operativeVerb(withItalics);
        String text = ParagraphText.clean(withItalics);

        List<SubParagraph> subs = new ArrayList<>();
        for (ParagraphSplitter.SubBlock sub : block.subs) {
            FootnoteExtractor.Stripped s =
                    FootnoteExtractor.stripMarkers(ParagraphText.join(sub.lines), context.knownMarkers());
            markers.addAll(s.markers());
            subs.add(new SubParagraph(sub.label, ParagraphText.clean(s.text())));
        }
        if (subs.isEmpty()) {
            text = splitInline(text, subs);
        }

        String verbText = verb != null ? verb.asWritten() : firstWord(text);
        String canonical = verb != null ? verb.canonical() : VerbPhrases.canonical(verbText);
        // the patterns of a language read its folded form (Arabic without short vowels); the paragraph keeps its text
        String full = lexicon.fold(subs.isEmpty() ? text : fullText(text, subs));
        String afterVerb = full.startsWith(verbText) ? full.substring(verbText.length()) : afterFirstWord(full);

        AddresseeClassifier.Result headAddressees = AddresseeClassifier.Result.NONE;
        boolean headDirective = lexicon.isDirective(canonical);
        if (headDirective) {
            headAddressees = lexicon.addressees(canonical, afterVerb);
        }

        // trailing directives, and the clauses they open
        int offset = full.length() - afterVerb.length();
        List<Directive> directives = new ArrayList<>();
        List<int[]> clauses = new ArrayList<>();
        List<AddresseeClassifier.Result> clauseAddressees = new ArrayList<>();
        List<Boolean> clauseDirective = new ArrayList<>();
        int clauseStart = 0;
        AddresseeClassifier.Result currentAddressees = headAddressees;
        boolean currentDirective = headDirective;
        for (Lexicon.Trailing m : lexicon.trailing(full, offset)) {
            String directiveVerb = m.verb();
            AddresseeClassifier.Result addressees = m.pronoun()
                    ? AddresseeClassifier.Result.PRONOUN
                    : lexicon.addressees(m.canonical(), full.substring(m.end()));
            if (addressees.pronoun()) {
                // "and requests him to ...": the pronoun stands for whoever the paragraph addressed
                addressees = headAddressees;
            }
            if (addressees.isEmpty()) {
                continue;
            }
            directives.add(new Directive(directiveVerb, addressees.codes(), addressees.text()));
            clauses.add(new int[] {clauseStart, m.start()});
            clauseAddressees.add(currentAddressees);
            clauseDirective.add(currentDirective);
            clauseStart = m.start();
            currentAddressees = addressees;
            currentDirective = true;
        }
        clauses.add(new int[] {clauseStart, full.length()});
        clauseAddressees.add(currentAddressees);
        clauseDirective.add(currentDirective);

        List<ReportingRequest> requests = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            AddresseeClassifier.Result who = clauseAddressees.get(i);
            if (!clauseDirective.get(i) || who.isEmpty()) {
                continue;
            }
            String clause = full.substring(clauses.get(i)[0], clauses.get(i)[1]);
            String reporter = AddresseeClassifier.reporterLabel(who.codes().get(0), who.text());
            requests.addAll(lexicon.reportingRequests(
                    clause, block.number, reporter, context.self(), context.commissionIsCnd()));
        }

        OperativeParagraph paragraph = new OperativeParagraph(
                block.number, verbText, headAddressees.codes(), headAddressees.text(), directives, text, subs);
        return new Read(paragraph, markers, requests);
    }

    private static String fullText(String text, List<SubParagraph> subs) {
        StringBuilder sb = new StringBuilder(text);
        for (SubParagraph sub : subs) {
            sb.append(" (").append(sub.label()).append(") ").append(sub.text());
        }
        return sb.toString();
    }

    /** Splits "...: (a) ...; (b) ..." into sub-paragraphs when the labels run a, b, c ...; returns the chapeau. */
    private static String splitInline(String text, List<SubParagraph> subs) {
        Matcher m = INLINE_SUB.matcher(text);
        List<int[]> positions = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        char expected = 'a';
        while (m.find()) {
            char label = m.group(1).charAt(0);
            if (label != expected) {
                if (positions.isEmpty()) {
                    continue;
                }
                break;
            }
            positions.add(new int[] {m.start(), m.end()});
            labels.add(m.group(1));
            expected++;
        }
        if (positions.size() < 2) {
            return text;
        }
        for (int i = 0; i < positions.size(); i++) {
            int from = positions.get(i)[1];
            int to = i + 1 < positions.size() ? positions.get(i + 1)[0] : text.length();
            subs.add(new SubParagraph(labels.get(i), text.substring(from, to).strip()));
        }
        return text.substring(0, positions.get(0)[0]).strip();
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String afterFirstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? "" : text.substring(space);
    }
}
