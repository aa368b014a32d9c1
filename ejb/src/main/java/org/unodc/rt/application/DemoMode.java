package org.unodc.rt.application;

/**
 * Demo mode is on when the system property {@code rt.demo} (or the environment variable {@code RT_DEMO}) is
 * {@code true}. The run command turns it on; a production server never sets it, so demo accounts never exist there.
 */
public final class DemoMode {

    private DemoMode() {}

    public static boolean enabled() {
        return Boolean.parseBoolean(
                System.getProperty("rt.demo", System.getenv().getOrDefault("RT_DEMO", "false")));
    }
}
