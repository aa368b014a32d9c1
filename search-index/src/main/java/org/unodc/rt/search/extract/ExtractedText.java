package org.unodc.rt.search.extract;

/**
 * The text of an upload.
 *
 * @param detectedLanguage ISO 639-1 code of the main language of the text, or {@code und} when it
 *     cannot be told (too little text); the user may correct it
 * @param mediaType the detected type, e.g. {@code application/pdf}
 * @param truncated whether the text was cut at {@link ExtractionLimits#maxExtractedChars()}
 */
public record ExtractedText(String text, String detectedLanguage, String mediaType, boolean truncated)
        implements java.io.Serializable {}
