package org.unodc.rt.search.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.util.IOUtils;
import org.unodc.rt.search.DocumentType;
import org.unodc.rt.search.LibraryDocument;
import org.unodc.rt.search.LibraryIndex;
import org.unodc.rt.search.SearchHit;
import org.unodc.rt.search.SearchRequest;
import org.unodc.rt.search.SortOrder;
import org.unodc.rt.search.analysis.Terminology;

/**
 * Cross-language retrieval without a server, the way {@code ../shared/tools/score_crosslang.py} measures it through
 * the API: one language version of each resolution of a six-language corpus (its manifest's {@code load_lang}) goes
 * into a fresh index as a study of country INT with only its original-language title and symbol, then every query of
 * {@code queries.json} runs with cross-language search on; prints recall@10 and MRR across languages, in the same
 * language, and per pair of languages. Not a test: run it by hand on the test class path.
 *
 * <p>Arguments: the corpus directory (with {@code manifest.json}, {@code queries.json} and {@code ID.LANG.txt});
 * then optionally {@code -v} to print the rank of every cross-language query, and {@code -t FILE} to use another
 * terminology than the shipped one (to measure what each resource contributes).
 */
public final class CrossLanguageEvaluation {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private CrossLanguageEvaluation() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../../shared/corpus/un-resolutions");
        List<String> options = List.of(args);
        boolean verbose = options.contains("-v");
        int t = options.indexOf("-t");
        Terminology terminology = t < 0
                ? Terminology.standard()
                : Terminology.parse(Files.newBufferedReader(Path.of(options.get(t + 1))));
        List<Object> manifest = asList(Json.parse(Files.readString(corpus.resolve("manifest.json"))));
        List<Object> queries = asList(Json.parse(Files.readString(corpus.resolve("queries.json"))));
        Path dir = Files.createTempDirectory("crosslang-eval");
        Map<String, String> loaded = new LinkedHashMap<>();
        try (LibraryIndex index = LibraryIndex.open(dir, terminology)) {
            for (Object o : manifest) {
                Map<String, Object> rec = asMap(o);
                String id = (String) rec.get("id");
                String lang = (String) rec.get("load_lang");
                Map<String, Object> titles = asMap(rec.getOrDefault("title", Map.of()));
                String title = ((String) titles.getOrDefault(lang, "")).replace('\t', ' ');
                title = stripLeading(title).strip();
                if (title.isEmpty()) {
                    title = (String) rec.get("symbol");
                }
                title = title + " (" + rec.get("symbol") + ")";
                String text = Files.readString(corpus.resolve(id + "." + lang + ".txt"));
                String date = (String) rec.get("adoption_date");
                int year = Integer.parseInt(date == null ? "2021" : date.substring(0, 4));
                index.index(LibraryDocument.builder(id, DocumentType.STUDY, "INT", title)
                        .year(year)
                        .languages(lang)
                        .text(lang, text)
                        .build());
                loaded.put(id, lang);
            }
            index.refresh();
            Map<String, List<Integer>> ranks = new TreeMap<>();
            List<Long> nanos = new ArrayList<>();
            for (Object o : queries) {
                Map<String, Object> q = asMap(o);
                String id = (String) q.get("id");
                String ql = (String) q.get("lang");
                long t0 = System.nanoTime();
                List<SearchHit> hits = index.search(new SearchRequest(
                                (String) q.get("q"), "en", true, Map.of(), SortOrder.RELEVANCE, 0, 10))
                        .hits();
                nanos.add(System.nanoTime() - t0);
                int rank = 0;
                for (int i = 0; i < hits.size(); i++) {
                    if (hits.get(i).id().equals(id)) {
                        rank = i + 1;
                        break;
                    }
                }
                ranks.computeIfAbsent(ql + ">" + loaded.get(id), k -> new ArrayList<>())
                        .add(rank);
                if (verbose && !ql.equals(loaded.get(id))) {
                    System.out.printf(
                            "%s>%s %2d %s [%s]%n",
                            ql,
                            loaded.get(id),
                            rank,
                            q.get("q"),
                            hits.isEmpty() ? "" : hits.get(0).id());
                }
            }
            System.out.println("recall@10 by query language (rows) x document language (cols)");
            StringBuilder header = new StringBuilder("     ");
            LANGUAGES.forEach(l -> header.append(String.format("%6s", l)));
            System.out.println(header);
            for (String ql : LANGUAGES) {
                StringBuilder row = new StringBuilder(String.format("%4s ", ql));
                for (String dl : LANGUAGES) {
                    row.append(String.format("%6.2f", recall(ranks.getOrDefault(ql + ">" + dl, List.of()))));
                }
                System.out.println(row);
            }
            List<Integer> cross = new ArrayList<>();
            List<Integer> same = new ArrayList<>();
            ranks.forEach((pair, r) -> {
                String[] p = pair.split(">");
                (p[0].equals(p[1]) ? same : cross).addAll(r);
            });
            nanos.sort(null);
            System.out.printf(
                    "query time median %.1f ms, p95 %.1f ms%n",
                    nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * .95)) / 1e6);
            System.out.printf(
                    "crosslang recall@10=%.3f mrr=%.3f over %d queries (same-language recall@10=%.3f mrr=%.3f)%n",
                    recall(cross), mrr(cross), cross.size(), recall(same), mrr(same));
        } finally {
            IOUtils.rm(dir);
        }
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }

    private static double recall(List<Integer> ranks) {
        return ranks.isEmpty() ? 0 : ranks.stream().filter(r -> r > 0).count() / (double) ranks.size();
    }

    private static double mrr(List<Integer> ranks) {
        return ranks.isEmpty()
                ? 0
                : ranks.stream().filter(r -> r > 0).mapToDouble(r -> 1.0 / r).sum() / ranks.size();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return (List<Object>) o;
    }

    /** Just enough JSON for the manifest and the queries: objects, arrays, strings, numbers, literals. */
    private static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) throws IOException {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.i != text.length()) {
                throw new IOException("Trailing characters at " + json.i);
            }
            return value;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() throws IOException {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect('}');
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    space();
                    if (s.charAt(i) == ',') {
                        i++;
                    } else {
                        expect(']');
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",]} \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.parseDouble(word);
            };
        }

        private void expect(char c) throws IOException {
            if (s.charAt(i) != c) {
                throw new IOException("Expected " + c + " at " + i);
            }
            i++;
        }

        private String string() throws IOException {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            i++;
            return out.toString();
        }
    }
}
