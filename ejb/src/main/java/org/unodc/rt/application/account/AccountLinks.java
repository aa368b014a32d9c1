package org.unodc.rt.application.account;

/**
 * The addresses put into e-mails. They come from configuration ({@code rt.public.url} or {@code RT_PUBLIC_URL}),
 * never from the request that caused the e-mail: a forged Host header must not be able to send someone a reset link
 * that points to another site.
 */
public final class AccountLinks {

    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    private AccountLinks() {}

    /** Where the application is reached from outside, without a trailing slash. */
    public static String publicUrl() {
        String configured = System.getProperty("rt.public.url", System.getenv("RT_PUBLIC_URL"));
        String url = configured == null || configured.isBlank() ? DEFAULT_PUBLIC_URL : configured.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The page where the holder of a link sets a password; the secret is URL-safe base64 and needs no escaping. */
    public static String passwordPage(String secret) {
        return publicUrl() + "/activate.xhtml?token=" + secret;
    }

    /** The focal point's page of its State's return in a cycle (signing in first if need be). */
    public static String returnPage(Long cycleId) {
        return publicUrl() + "/focal/return.xhtml?cycle=" + cycleId;
    }
}
