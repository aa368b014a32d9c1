package org.unodc.rt.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The one {@code Content-Disposition} header of every download (RFC 6266): a plain ASCII {@code filename} for old
 * clients, and {@code filename*} in UTF-8 (RFC 5987) so that "Ley contra el crimen organizado – Perú.pdf" or an
 * Arabic name arrives as written.
 */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        return of(false, fileName);
    }

    public static String of(boolean inline, String fileName) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Accents dropped ("Perú" gives "Peru"), anything else outside printable ASCII, quotes and backslashes as "_". */
    static String ascii(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    }
}
