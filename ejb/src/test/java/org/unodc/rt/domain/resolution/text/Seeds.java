package org.unodc.rt.domain.resolution.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures under src/test/resources/seeds/. */
final class Seeds {

    static final String ECOSOC_2011_32 = "ecosoc-resolution-2011-32.txt";
    static final String ECOSOC_2013_38 = "ecosoc-resolution-2013-38.txt";
    static final String CCPCJ_UNTOC = "ccpcj-resolution-untoc-tenth-anniversary.txt";
    static final String CCPCJ_DRAFT_2019 = "ccpcj-2019-draft-precious-metals-supply-chains.txt";
    static final String NEWS_2019 = "news-2019-ecosoc-precious-metals-illegal-mining.txt";

    static final String[] RESOLUTIONS = {ECOSOC_2011_32, ECOSOC_2013_38, CCPCJ_UNTOC, CCPCJ_DRAFT_2019};

    private Seeds() {}

    /** Reads a seed ("ecosoc-resolution-2013-38.txt") or a variant ("variants/...") as UTF-8, bytes as stored. */
    static String read(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedResolution parse(String name) throws NotAResolutionException {
        return new ResolutionTextParser().parse(read(name));
    }
}
