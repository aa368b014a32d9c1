package org.unodc.rt.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unodc.rt.domain.resolution.text.NotAResolutionException;
import org.unodc.rt.domain.resolution.text.OperativeParagraph;
import org.unodc.rt.domain.resolution.text.ParsedResolution;
import org.unodc.rt.domain.resolution.text.ReportingRequest;
import org.unodc.rt.domain.resolution.text.ResolutionTextParser;

/**
 * An evaluation command, not a test: reads every {@code <id>.<lang>.txt} of a six-language corpus (such as
 * {@code ../shared/corpus/un-resolutions}) with the parser, without a server, and prints the same figures as
 * {@code ../shared/tools/score_parse_agreement.py}: per text the checks that failed, per language the agreement, and
 * the overall agreement last. The text is parsed without a language hint, as the API does by default.
 *
 * <pre>
 * mvn -o -q -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/ejb-cp.txt
 * java -cp ejb/target/classes:ejb/target/test-classes:$(cat /tmp/ejb-cp.txt) \
 *     org.unodc.rt.tools.ParseAgreement ../shared/corpus/un-resolutions [id-prefix]
 * </pre>
 */
public final class ParseAgreement {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private ParseAgreement() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        String only = args.length > 1 ? args[1] : "";
        String manifest = Files.readString(corpus.resolve("manifest.json"), StandardCharsets.UTF_8);
        ResolutionTextParser parser = new ResolutionTextParser();
        Map<String, List<Double>> perLanguage = new TreeMap<>();
        for (Record rec : records(manifest)) {
            if (!rec.id.startsWith(only)) {
                continue;
            }
            Map<String, Object> parsed = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                Path file = corpus.resolve(rec.id + "." + lang + ".txt");
                if (!Files.exists(file)) {
                    continue;
                }
                try {
                    parsed.put(lang, parser.parse(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (NotAResolutionException e) {
                    parsed.put(lang, e.getMessage());
                }
            }
            Object en = parsed.get("en");
            for (Map.Entry<String, Object> e : parsed.entrySet()) {
                String lang = e.getKey();
                if (!(e.getValue() instanceof ParsedResolution p)) {
                    perLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(0.0);
                    System.out.printf("%-16s %s 0.000 %s%n", rec.id, lang, String.valueOf(e.getValue()));
                    continue;
                }
                Map<String, Integer> counts = rec.counts(lang);
                ParsedResolution q = flat(p);
                Map<String, Boolean> checks = new LinkedHashMap<>();
                checks.put("preamble", q.preamble().size() == counts.getOrDefault("preamble", -1));
                int ops = counts.getOrDefault("operative_numbered", 0) + counts.getOrDefault("operative_unnumbered", 0);
                checks.put("operative", q.operative().size() == ops);
                String detail = "";
                if (!lang.equals("en") && en instanceof ParsedResolution english) {
                    Map<String, Object> a = fields(p);
                    Map<String, Object> b = fields(english);
                    StringBuilder diff = new StringBuilder();
                    for (String k : a.keySet()) {
                        boolean same = Objects.equals(a.get(k), b.get(k));
                        checks.put(k, same);
                        if (!same && args.length > 2) {
                            diff.append("\n      ")
                                    .append(k)
                                    .append(": ")
                                    .append(a.get(k))
                                    .append(" | en ")
                                    .append(b.get(k));
                        }
                    }
                    detail = diff.toString();
                }
                if (args.length > 2 && (!checks.get("preamble") || !checks.get("operative"))) {
                    detail += "\n      counts: preamble " + q.preamble().size() + " vs " + counts.get("preamble")
                            + ", operative " + q.operative().size() + " vs " + ops;
                }
                double score = checks.values().stream().filter(v -> v).count() / (double) checks.size();
                perLanguage.computeIfAbsent(lang, k -> new ArrayList<>()).add(score);
                List<String> failed = checks.entrySet().stream()
                        .filter(c -> !c.getValue())
                        .map(Map.Entry::getKey)
                        .toList();
                System.out.printf(
                        Locale.ROOT, "%-16s %s %.3f %s%s%n", rec.id, lang, score, String.join(",", failed), detail);
            }
        }
        List<Double> all = new ArrayList<>();
        for (Map.Entry<String, List<Double>> e : perLanguage.entrySet()) {
            all.addAll(e.getValue());
            System.out.printf(
                    Locale.ROOT,
                    "language %s: %.3f over %d%n",
                    e.getKey(),
                    average(e.getValue()),
                    e.getValue().size());
        }
        System.out.printf(Locale.ROOT, "parse agreement %.3f over %d texts%n", average(all), all.size());
    }

    private static double average(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static ParsedResolution flat(ParsedResolution p) {
        return p.nestedDraft() != null ? p.nestedDraft() : p;
    }

    /** The fields that do not depend on the language, as the Python script compares them. */
    private static Map<String, Object> fields(ParsedResolution p) {
        ParsedResolution q = flat(p);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(
                "numbers",
                q.operative().stream()
                        .map(o -> o.number() == 0 ? "" : String.valueOf(o.number()))
                        .toList());
        f.put(
                "subparagraphs",
                q.operative().stream().map(o -> o.subparagraphs().size()).toList());
        f.put(
                "addressees",
                q.operative().stream().map(ParseAgreement::addressees).toList());
        f.put(
                "sessions",
                new TreeSet<>(q.reportingRequests().stream()
                        .map(ReportingRequest::session)
                        .filter(Objects::nonNull)
                        .toList()));
        f.put(
                "recalled",
                new TreeSet<>(q.citedResolutions().stream()
                        .map(r -> r.replaceAll("\\s", "").toLowerCase(Locale.ROOT))
                        .toList()));
        f.put(
                "number",
                p.number() == null ? "" : p.number().replaceAll("\\s", "").toLowerCase(Locale.ROOT));
        f.put("date", p.adoptionDate());
        return f;
    }

    private static List<String> addressees(OperativeParagraph o) {
        return o.addressees().stream().map(Enum::name).sorted().toList();
    }

    /** The parts of a manifest record used here, read with patterns (the manifest's layout is fixed). */
    private record Record(String id, String countsJson) {
        Map<String, Integer> counts(String lang) {
            Map<String, Integer> out = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\"" + lang + "\"\\s*:\\s*\\{").matcher(countsJson);
            if (!m.find()) {
                return out;
            }
            String block = object(countsJson, m.end() - 1);
            Matcher nested = Pattern.compile("\"nested_draft\"\\s*:\\s*\\{").matcher(block);
            if (nested.find()) {
                block = object(block, nested.end() - 1);
            } else {
                // drop sub-objects (annexes) so their keys are not read as the resolution's
                block = block.replaceAll("\"annexes\"\\s*:\\s*(\\[[^\\]]*\\]|\\{[^}]*\\})", "");
            }
            Matcher kv = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?\\d+)").matcher(block);
            while (kv.find()) {
                out.putIfAbsent(kv.group(1), Integer.parseInt(kv.group(2)));
            }
            return out;
        }
    }

    private static List<Record> records(String manifest) {
        List<Record> out = new ArrayList<>();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(manifest);
        List<int[]> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (id.find()) {
            ids.add(id.group(1));
            positions.add(new int[] {id.start()});
        }
        for (int i = 0; i < ids.size(); i++) {
            int start = positions.get(i)[0];
            int end = i + 1 < ids.size() ? positions.get(i + 1)[0] : manifest.length();
            String rec = manifest.substring(start, end);
            int c = rec.indexOf("\"counts\"");
            String counts = c < 0 ? "{}" : object(rec, rec.indexOf('{', c));
            out.add(new Record(ids.get(i), counts));
        }
        return out;
    }

    /** The JSON object that starts at {@code open} (a '{'), braces balanced, strings skipped. */
    private static String object(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return s.substring(open, i + 1);
            }
        }
        return s.substring(open);
    }
}
