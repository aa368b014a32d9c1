package org.unodc.rt.domain.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.state.UnLanguage;

/**
 * Whether a text in another language is a version of a resolution: the UN's six official versions are aligned
 * paragraph by paragraph, so a version has as many preambular and operative paragraphs as the resolution, the same
 * operative numbers, and in each paragraph as many sub-paragraphs. Anything else means the text was read wrongly or
 * is another resolution, and the version is refused with what differs.
 *
 * @param preamble  preambular paragraphs found in the version
 * @param operative operative paragraphs found in the version
 * @param problems  what differs, empty when the version is aligned
 */
public record VersionAlignment(UnLanguage language, int preamble, int operative, List<Explanation> problems) {

    public VersionAlignment {
        problems = List.copyOf(problems);
    }

    /** Compares a version (as the parser read it) with the resolution's structure. */
    public static VersionAlignment of(Resolution resolution, ParsedResolution version, UnLanguage language) {
        List<Explanation> problems = new ArrayList<>();
        Explanation text = Explanation.of("version.text." + language.name());
        int preamble = version.preamble().size();
        int operative = version.operative().size();
        if (preamble != resolution.preamble().size()) {
            problems.add(Explanation.of(
                    "version.preambleCount",
                    text,
                    preamble,
                    resolution.preamble().size()));
        }
        if (operative != resolution.operative().size()) {
            problems.add(Explanation.of(
                    "version.operativeCount",
                    text,
                    operative,
                    resolution.operative().size()));
        }
        Map<Integer, OperativeParagraph> theirs = new LinkedHashMap<>();
        for (OperativeParagraph p : version.operative()) {
            if (theirs.putIfAbsent(p.number(), p) != null) {
                problems.add(Explanation.of("version.numberTwice", text, String.valueOf(p.number())));
            }
        }
        for (org.unodc.rt.domain.resolution.OperativeParagraph ours : resolution.operative()) {
            OperativeParagraph counterpart = theirs.remove(ours.number());
            if (counterpart == null) {
                problems.add(Explanation.of("version.noCounterpart", String.valueOf(ours.number()), text));
            } else if (counterpart.subparagraphs().size()
                    != ours.subparagraphs().size()) {
                problems.add(Explanation.of(
                        "version.subparagraphCount",
                        String.valueOf(ours.number()),
                        text,
                        counterpart.subparagraphs().size(),
                        ours.subparagraphs().size()));
            }
        }
        for (int number : theirs.keySet()) {
            problems.add(Explanation.of("version.extraParagraph", String.valueOf(number), text));
        }
        return new VersionAlignment(language, preamble, operative, problems);
    }

    public boolean aligned() {
        return problems.isEmpty();
    }

    /** The problems in English, as the API gives them. */
    public List<String> problemsInEnglish() {
        return problems.stream().map(Explanation::english).toList();
    }
}
