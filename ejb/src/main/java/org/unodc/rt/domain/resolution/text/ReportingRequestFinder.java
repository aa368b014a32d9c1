package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.reports.data.OrdinalNumbers;

/**
 * Finds new requests to report in one directive clause of an operative paragraph ("Requests the Executive Director
 * ... to report to the Commission ... at its twenty-fourth session").
 * <p>
 * Only clauses governed by a directive verb are looked at (the caller ensures it), which is what keeps out
 * "Decides to include in the provisional agenda of its seventy-ninth session ..." and
 * "Recalls the request ... to report ...": a session mentioned there is not a new request.
 */
final class ReportingRequestFinder {

    /** "to report", "to continue to report", "to submit ... a report", "to include ... in his report". */
    private static final Pattern REPORT_ASK = Pattern.compile(
            "\\bto\\s+(?:(?:also|further|continue\\s+to|regularly|periodically|annually|biennially|duly|then"
                    + "|thereafter|jointly)\\s+){0,3}report\\b"
                    // a sub-paragraph of "Requests ... to:" that reads "(c) report to the Commission ..."
                    + "|\\(\\w{1,4}\\)\\s+report\\b"
                    + "|\\b(?:submit|present|prepare|transmit|include|provide)\\b[^;]{0,250}?"
                    + "\\b(?:a|an|the|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,4}?reports?\\b");

    private static final String ORDINAL = "(?:\\d{1,3}\\s*(?:st|nd|rd|th)|[A-Za-z]{3,12}(?:[\\s\\-\u2010\u2011\u2013]"
            + "(?:and\\s)?[a-z]{3,12}){0,3})";
    private static final Pattern SESSION =
            Pattern.compile("\\bat\\s+its\\s+(" + ORDINAL + ")(?:\\s*,?\\s+(?:and|or)\\s+(" + ORDINAL + "))?\\s+"
                    + "(?:regular\\s+|special\\s+|resumed\\s+|reconvened\\s+|substantive\\s+)?sessions?\\b");

    private static final Pattern TARGET = Pattern.compile(
            "\\b(?:to|by|before)\\s+(?:the\\s+)?(?<body>Commission on Crime Prevention and Criminal Justice"
                    + "|Commission on Narcotic Drugs|Commission"
                    + "|General Assembly|Assembly|Economic and Social Council|Council"
                    + "|Conference of the States Parties(?: to the United Nations Convention against Corruption)?"
                    + "|Conference of the Parties(?: to the United Nations Convention against Transnational Organized"
                    + " Crime)?"
                    + "|United Nations Office on Drugs and Crime|Office|UNODC|Secretariat|Secretary-General)\\b"
                    + "|\\bto\\s+(?<self>it|them)\\b");

    private static final Pattern IMPLEMENTATION = Pattern.compile("\\b(?:present|this)\\s+resolution\\b");

    /** How far before the request to report its session may be named. */
    private static final int SESSION_BEFORE_ASK = 40;

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|or)\\s+");

    private ReportingRequestFinder() {}

    /**
     * @param clause        the clause text (the opening verb or a trailing directive, up to the next directive)
     * @param paragraph     paragraph number
     * @param reporter      who is asked (label)
     * @param self          the body of the resolution ("to report to it")
     * @param commissionIsCnd whether "the Commission" alone means the Commission on Narcotic Drugs
     */
    static List<ReportingRequest> find(
            String clause, int paragraph, String reporter, ResolutionBody self, boolean commissionIsCnd) {
        Matcher ask = REPORT_ASK.matcher(clause);
        if (!ask.find()) {
            return List.of();
        }
        int from = ask.start();
        Matcher session = SESSION.matcher(clause);
        boolean hasSession = session.find(from);
        int targetLimit = hasSession ? session.start() : clause.length();

        String reportTo = null;
        boolean explicitOtherTarget = false;
        Matcher target = TARGET.matcher(clause);
        target.region(from, clause.length());
        while (target.find()) {
            if (hasSession && target.start() > targetLimit) {
                break;
            }
            String mapped = mapTarget(target, self, commissionIsCnd);
            if (mapped != null) {
                reportTo = mapped;
                explicitOtherTarget = false;
            } else if (reportTo == null) {
                explicitOtherTarget = true;
            }
            if (!hasSession) {
                break;
            }
        }
        if (reportTo == null) {
            // without a body or a session, "to report promptly to the competent authorities" is no mandate;
            // "to report on the implementation of the present resolution" is one, to the resolution's own body
            boolean onThisResolution =
                    IMPLEMENTATION.matcher(clause).region(from, clause.length()).find();
            if (explicitOtherTarget || self == null || !hasSession && !onThisResolution) {
                // reporting to the Office or the Secretariat is not a mandate of an intergovernmental body
                return List.of();
            }
            reportTo = bodyCode(self);
        }
        List<ReportingRequest> out = new ArrayList<>(2);
        if (!hasSession) {
            out.add(new ReportingRequest(paragraph, reporter, reportTo, null));
            return out;
        }
        List<String> ordinals = new ArrayList<>();
        if (OrdinalNumbers.parse(session.group(1)).isPresent()) {
            ordinals.add(session.group(1));
        } else {
            // "at its thirty-third and thirty-fourth sessions": one request per session
            for (String part : LIST_SEPARATOR.split(session.group(1), 6)) {
                ordinals.add(part);
            }
        }
        if (session.group(2) != null) {
            ordinals.add(session.group(2));
        }
        for (String o : ordinals) {
            out.add(new ReportingRequest(paragraph, reporter, reportTo, ordinal(o)));
        }
        return out;
    }

    /**
     * The same reading in a {@link Phrasebook} language: a request to report, the first session named after it, the
     * body reported to (named before the session, or the resolution's own body when only a session is named).
     */
    static List<ReportingRequest> find(
            Phrasebook.Reporting words,
            String clause,
            int paragraph,
            String reporter,
            ResolutionBody self,
            boolean commissionIsCnd) {
        Matcher ask = words.ask().matcher(clause);
        if (!ask.find()) {
            return List.of();
        }
        int from = ask.start();
        Matcher session = words.session().matcher(clause);
        boolean hasSession = session.find(from);
        if (!hasSession) {
            // the session may come just before the request ("que en su 77º período de sesiones le presente")
            int end = -1;
            Matcher before = words.session().matcher(clause).region(0, from);
            while (before.find()) {
                end = from - before.end() <= SESSION_BEFORE_ASK ? before.start() : end;
            }
            hasSession = end >= 0 && session.find(end);
            from = hasSession ? session.start() : from;
        }
        int targetLimit = hasSession ? session.start() : clause.length();

        String reportTo = null;
        int bestStart = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (java.util.Map.Entry<String, Pattern> t : words.targets().entrySet()) {
            Matcher m = t.getValue().matcher(clause).region(from, targetLimit);
            if (m.find() && (m.start() < bestStart || m.start() == bestStart && m.end() > bestEnd)) {
                bestStart = m.start();
                bestEnd = m.end();
                reportTo = t.getKey();
            }
        }
        Matcher commission = words.commission().matcher(clause).region(from, targetLimit);
        if (commission.find() && commission.start() < bestStart) {
            reportTo = commissionIsCnd && self != ResolutionBody.CCPCJ ? "CND" : "CCPCJ";
        }
        if (reportTo == null) {
            boolean toSelf = words.self() != null
                    && words.self().matcher(clause).region(from, targetLimit).find();
            boolean onThisResolution = words.implementation()
                    .matcher(clause)
                    .region(from, clause.length())
                    .find();
            if (self == null || !hasSession && !toSelf && !onThisResolution) {
                return List.of();
            }
            reportTo = bodyCode(self);
        }
        if (!hasSession) {
            return List.of(new ReportingRequest(paragraph, reporter, reportTo, null));
        }
        List<ReportingRequest> out = new ArrayList<>(2);
        for (String group : new String[] {"n", "n2"}) {
            String text = session.group(group);
            if (text == null) {
                continue;
            }
            int whole = words.ordinal().applyAsInt(text.strip());
            if (whole > 0) {
                out.add(new ReportingRequest(paragraph, reporter, reportTo, whole));
                continue;
            }
            // "à ses huitième, neuvième et dixième sessions": one request per session
            for (String part : words.list().split(text.strip(), 6)) {
                int n = words.ordinal().applyAsInt(part.strip());
                out.add(new ReportingRequest(paragraph, reporter, reportTo, n > 0 ? n : null));
            }
        }
        return out;
    }

    private static Integer ordinal(String words) {
        OptionalInt n = OrdinalNumbers.parse(words);
        return n.isPresent() ? n.getAsInt() : null;
    }

    private static String mapTarget(Matcher m, ResolutionBody self, boolean commissionIsCnd) {
        if (m.group("self") != null) {
            return self == null ? null : bodyCode(self);
        }
        String body = m.group("body");
        if (body.startsWith("Commission on Crime")) {
            return "CCPCJ";
        }
        if (body.startsWith("Commission on Narcotic")) {
            return "CND";
        }
        if (body.equals("Commission")) {
            return commissionIsCnd && self != ResolutionBody.CCPCJ ? "CND" : "CCPCJ";
        }
        if (body.equals("General Assembly") || body.equals("Assembly")) {
            return "GA";
        }
        if (body.equals("Economic and Social Council") || body.equals("Council")) {
            return "ECOSOC";
        }
        if (body.startsWith("Conference of the States Parties")) {
            return "COSP";
        }
        if (body.startsWith("Conference of the Parties")) {
            return "COP";
        }
        return null;
    }

    static String bodyCode(ResolutionBody body) {
        return body.name();
    }
}
