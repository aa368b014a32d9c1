package org.unodc.rt.application;

import java.time.Duration;
import org.unodc.rt.domain.Explanation;

/** Someone asked for the same thing too often in a short time; they can try again after {@link #retryAfter()}. */
public class TooManyRequestsException extends BusinessException {

    private final Duration retryAfter;

    public TooManyRequestsException(Explanation explanation, Duration retryAfter) {
        super(explanation);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, at least one. */
    public long minutes() {
        return minutes(retryAfter);
    }

    /** A wait in whole minutes, rounded up, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
