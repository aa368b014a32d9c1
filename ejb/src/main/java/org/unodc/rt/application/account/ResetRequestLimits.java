package org.unodc.rt.application.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * How often a network address may ask for password reset links: {@value #PER_ADDRESS} times in
 * {@value #WINDOW_MINUTES} minutes. Together with the per-account limit in the account service this stops the form
 * being used to flood someone's mailbox or to probe many addresses quickly.
 */
@ApplicationScoped
public class ResetRequestLimits {

    public static final int PER_ADDRESS = 10;
    public static final int WINDOW_MINUTES = 15;

    @Inject
    Clock clock;

    private SlidingWindowLimiter perAddress;

    @PostConstruct
    void init() {
        perAddress = new SlidingWindowLimiter(PER_ADDRESS, Duration.ofMinutes(WINDOW_MINUTES), clock);
    }

    /** Empty when the address may ask now; otherwise how long it must wait. */
    public Optional<Duration> tryAcquire(String address) {
        return perAddress.tryAcquire(address == null ? "unknown" : address);
    }
}
