package org.unodc.rt.search;

/** Told how far a rebuild has got, so a background job can show progress. */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Called from the rebuilding thread at the start, about every percent, and once at the end
     * with {@code indexed == total}.
     *
     * @param total the expected count given to the rebuild, or {@code indexed} if more came
     */
    void progress(long indexed, long total);

    ProgressListener NONE = (indexed, total) -> {};
}
