package org.unodc.rt.search.extract;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one upload may cost the server.
 *
 * @param maxFileBytes larger files are refused before any parsing
 * @param maxExtractedChars text beyond this is cut off (and the result marked truncated)
 * @param timeout detection and parsing together; a file that takes longer is refused
 * @param maxNestingDepth how deep documents embedded in documents are followed (1: the file and
 *     what is directly embedded in it); deeper nesting is refused
 * @param maxCompressionRatio how many characters of text (or bytes unpacked) per byte of file
 *     are believable; more is treated as a zip bomb
 */
public record ExtractionLimits(
        long maxFileBytes, int maxExtractedChars, Duration timeout, int maxNestingDepth, int maxCompressionRatio) {

    public ExtractionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes <= 0 || maxExtractedChars <= 0 || maxNestingDepth < 0 || maxCompressionRatio <= 0) {
            throw new IllegalArgumentException("Limits must be positive: " + maxFileBytes + ", " + maxExtractedChars
                    + ", " + maxNestingDepth + ", " + maxCompressionRatio);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive: " + timeout);
        }
    }

    /**
     * 50 MB, 5 million characters (about 2,000 pages), 60 seconds, embedded documents two levels
     * deep, at most 100 characters per byte.
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, 5_000_000, Duration.ofSeconds(60), 2, 100);
    }
}
