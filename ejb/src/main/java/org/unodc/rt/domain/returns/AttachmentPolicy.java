package org.unodc.rt.domain.returns;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.InvalidValue;

/**
 * What may be attached to an answer: laws, decrees, reports and scans as PDF, DOCX, ODT, PNG or JPEG, up to {@link
 * #MAX_BYTES}. The type is judged by the content (detected from the bytes), and the file name's extension must agree
 * with it, so a Word file renamed {@code .pdf} or a program renamed {@code .png} is refused.
 */
public final class AttachmentPolicy {

    /** 20 MB: a scanned law of a few hundred pages; larger evidence belongs in the library. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** For the page: the same list as {@link #ACCEPTED}, as the client-side check of p:fileUpload wants it. */
    public static final String CLIENT_ALLOW_TYPES = "/(\\.|\\/)(pdf|docx|odt|png|jpe?g)$/i";

    public static final String ACCEPTED_TEXT = "PDF, DOCX, ODT, PNG or JPEG files of at most 20 MB";

    private record Kind(Explanation label, Set<String> extensions) {}

    /** Media type as detected from the content → what it is called and the extensions it may carry. */
    private static final Map<String, Kind> ACCEPTED = new LinkedHashMap<>();

    static {
        ACCEPTED.put("application/pdf", new Kind(Explanation.of("attachmentKind.pdf"), Set.of("pdf")));
        ACCEPTED.put(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new Kind(Explanation.of("attachmentKind.docx"), Set.of("docx")));
        ACCEPTED.put(
                "application/vnd.oasis.opendocument.text",
                new Kind(Explanation.of("attachmentKind.odt"), Set.of("odt")));
        ACCEPTED.put("image/png", new Kind(Explanation.of("attachmentKind.png"), Set.of("png")));
        ACCEPTED.put("image/jpeg", new Kind(Explanation.of("attachmentKind.jpeg"), Set.of("jpg", "jpeg")));
    }

    private AttachmentPolicy() {}

    /**
     * Checks an upload; returns the media type to store (the detected one, without parameters).
     *
     * @param fileName the name it was uploaded under
     * @param detectedType what the content is, detected from its bytes (e.g. by Apache Tika), never from the name
     * @param size its size in bytes; anything above {@link #MAX_BYTES} may be passed as {@code MAX_BYTES + 1}
     * @throws InvalidValue with a message for the uploader saying what is accepted
     */
    public static String check(String fileName, String detectedType, long size) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty()) {
            throw new InvalidValue(Explanation.of("attachment.nameMissing", accepted()));
        }
        if (name.length() > 300) {
            throw new InvalidValue(Explanation.of("attachment.nameTooLong"));
        }
        if (size <= 0) {
            throw new InvalidValue(Explanation.of("attachment.empty", name));
        }
        if (size > MAX_BYTES) {
            throw new InvalidValue(Explanation.of("attachment.tooLarge", name, accepted()));
        }
        String extension = extension(name);
        String type = baseType(detectedType);
        Kind kind = ACCEPTED.get(type);
        if (kind == null) {
            throw new InvalidValue(
                    type.isEmpty()
                            ? Explanation.of("attachment.typeUnknown", name, accepted())
                            : Explanation.of("attachment.typeNotAccepted", name, type, accepted()));
        }
        if (!kind.extensions().contains(extension)) {
            String rightExtension =
                    kind.extensions().stream().sorted().findFirst().orElseThrow();
            throw new InvalidValue(
                    extension.isEmpty()
                            ? Explanation.of("attachment.noExtension", name, kind.label(), rightExtension, accepted())
                            : Explanation.of(
                                    "attachment.wrongExtension",
                                    name,
                                    kind.label(),
                                    extension,
                                    rightExtension,
                                    accepted()));
        }
        return type;
    }

    /** {@link #ACCEPTED_TEXT} in the reader's language. */
    private static Explanation accepted() {
        return Explanation.of("attachment.accepted");
    }

    /** Whether a detected media type is one of the accepted ones. */
    public static boolean accepts(String detectedType) {
        return ACCEPTED.containsKey(baseType(detectedType));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseType(String type) {
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
