package org.unodc.rt.api;

import jakarta.ws.rs.BadRequestException;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.state.UnLanguage;

/** The official language named in an address ({@code /texts/fr}, {@code ?lang=fr}); any other code is a 400. */
public final class Languages {

    private Languages() {}

    public static UnLanguage of(String code) {
        return UnLanguage.fromCode(code)
                .filter(l -> l.code().equalsIgnoreCase(code.strip()))
                .orElseThrow(
                        () -> new BadRequestException(Explanation.of("version.unknownLanguage", String.valueOf(code))
                                .english()));
    }

    /** {@code ?lang=}: the language named, or the fallback when none is. */
    public static UnLanguage orElse(String code, UnLanguage fallback) {
        return code == null || code.isBlank() ? fallback : of(code);
    }
}
