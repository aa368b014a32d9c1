package org.unodc.rt.domain.resolution.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English: the detailed rules of {@link VerbPhrases}, {@link AddresseeClassifier} and {@link ReportingRequestFinder}. */
final class EnglishLexicon implements Lexicon {

    static final EnglishLexicon INSTANCE = new EnglishLexicon();

    /**
     * A trailing clause that directs someone: ", and invites Member States to", "; requests the Secretary-General
     * to", " and urges States parties to". The addressee must follow (checked by the caller), which keeps out nouns
     * such as ", requests for mutual legal assistance".
     */
    /** A phrase linking a trailing directive to what precedes it: ", and, to that end, invites ...". */
    private static final String CONNECTIVE = "(?:,\\s*)?(?:(?:in\\s+(?:this|that)\\s+(?:respect|connection|context)"
            + "|to\\s+(?:this|that)\\s+end|in\\s+that\\s+regard|accordingly|in\\s+addition|at\\s+the\\s+same\\s+time"
            + "|for\\s+(?:this|that)\\s+purpose)\\s*,?\\s+)?";

    private static final String CONNECTIVE_CAP = "(?:(?:In\\s+(?:this|that)\\s+(?:regard|respect|connection|context)"
            + "|To\\s+(?:this|that)\\s+end|Accordingly|In\\s+addition|For\\s+(?:this|that)\\s+purpose)\\s*,?\\s+)?";

    private static final Pattern TRAILING = Pattern.compile("(?:[,;]\\s*(?:and\\s+)?|\\s+and\\s+)" + CONNECTIVE
            + "((?:(?:also|further|again|once\\s+again|strongly|further\\s+strongly"
            + "|also\\s+strongly|urgently|once\\s+more|therefore|in\\s+this\\s+regard)\\s+)?"
            + "(?:invites|requests|encourages|urges|calls\\s+upon|calls\\s+on|recommends|appeals|authorizes"
            + "|authorises|exhorts|instructs|directs|entrusts|reminds|demands"
            + "|(?:reiterates|renews)\\s+its\\s+(?:call|invitation|request|appeal)))(?=\\s|,)");

    /**
     * A new sentence inside the paragraph that directs someone: "Welcomes the report. Requests the Secretary-General
     * to ...".
     */
    private static final Pattern NEW_SENTENCE = Pattern.compile("(?<=[a-z)\\d]\\.)\\s+" + CONNECTIVE_CAP
            + "((?:(?:Also|Further|Again)\\s+)?(?:Requests|Invites|Encourages|Urges|Calls\\s+upon|Calls\\s+on"
            + "|Recommends|Authorizes|Authorises|Instructs|Directs))(?=\\s|,)");

    private EnglishLexicon() {}

    @Override
    public VerbPhrases.VerbMatch operativeVerb(String s) {
        return VerbPhrases.operativeVerb(s);
    }

    @Override
    public boolean isKnownOperative(VerbPhrases.VerbMatch verb) {
        return VerbPhrases.isKnownOperative(verb);
    }

    @Override
    public String preambleOpening(String s) {
        return VerbPhrases.preambleOpening(s);
    }

    @Override
    public AddresseeClassifier.Result addressees(String canonicalVerb, String rest) {
        return AddresseeClassifier.classify(canonicalVerb, rest);
    }

    @Override
    public List<Trailing> trailing(String text, int from) {
        List<Trailing> out = new ArrayList<>();
        Matcher m = TRAILING.matcher(text);
        m.region(Math.min(from, text.length()), text.length());
        while (m.find()) {
            String verb = TextPatterns.oneSpace(m.group(1));
            out.add(new Trailing(m.start(), m.end(), verb, VerbPhrases.canonical(verb), false));
        }
        Matcher sentence = NEW_SENTENCE.matcher(text);
        sentence.region(Math.min(from, text.length()), text.length());
        while (sentence.find()) {
            String verb = TextPatterns.oneSpace(sentence.group(1));
            out.add(new Trailing(sentence.start(), sentence.end(), verb, VerbPhrases.canonical(verb), false));
        }
        out.sort(java.util.Comparator.comparingInt(Trailing::start));
        return out;
    }

    @Override
    public List<ReportingRequest> reportingRequests(
            String clause, int paragraph, String reporter, ResolutionBody self, boolean commissionIsCnd) {
        return ReportingRequestFinder.find(clause, paragraph, reporter, self, commissionIsCnd);
    }
}
