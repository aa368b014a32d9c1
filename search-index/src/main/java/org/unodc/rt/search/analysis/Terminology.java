package org.unodc.rt.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Convention's key terms in the six UN languages, one concept per line (see {@code
 * terminology.tsv} beside this class). A query that contains a term in one language is expanded
 * with the same concept's terms in the other five.
 */
public final class Terminology {

    /** A concept and its terms per language; the first term of each list is the preferred one. */
    public record Concept(String id, Map<String, List<String>> terms) {
        public Concept {
            terms = Map.copyOf(terms);
        }

        /** The preferred term in a language, e.g. {@code "blanchiment d'argent"} in French. */
        public String preferred(String language) {
            List<String> variants = terms.getOrDefault(language, List.of());
            return variants.isEmpty() ? null : variants.get(0);
        }
    }

    private static final String RESOURCE = "terminology.tsv";

    private final List<Concept> concepts;

    private Terminology(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
    }

    /** The terminology shipped with the module. */
    public static Terminology standard() {
        try (InputStream in = Terminology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a terminology in the TSV layout of {@code terminology.tsv}: a header line {@code
     * concept ar zh en fr ru es}, then one concept per line; {@code |} separates variants.
     */
    public static Terminology parse(Reader source) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        List<String> languages = null;
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (languages == null) {
                languages =
                        Arrays.stream(cells).skip(1).map(Languages::normalize).toList();
                continue;
            }
            if (cells.length != languages.size() + 1) {
                throw new IOException(
                        "Line " + number + " has " + cells.length + " columns, expected " + (languages.size() + 1));
            }
            Map<String, List<String>> terms = new LinkedHashMap<>();
            for (int i = 0; i < languages.size(); i++) {
                List<String> variants = Arrays.stream(cells[i + 1].split("\\|"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
                if (!variants.isEmpty()) {
                    terms.put(languages.get(i), variants);
                }
            }
            concepts.add(new Concept(cells[0].strip(), terms));
        }
        return new Terminology(concepts);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Optional<Concept> concept(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
