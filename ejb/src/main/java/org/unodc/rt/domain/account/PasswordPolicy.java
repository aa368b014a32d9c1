package org.unodc.rt.domain.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unodc.rt.domain.Explanation;
import org.unodc.rt.domain.RejectedArgument;

/**
 * What a new password must be (ASVS 6.2): at least {@value #MIN_LENGTH} characters and at most {@value #MAX_LENGTH},
 * not one of the passwords most often used or leaked, not built from the account's user name or the platform's name, and not easy to guess (repeats, sequences, keyboard rows, a common word with digits). No
 * composition rules: length and unpredictability make a password strong.
 *
 * <p>Guessability is estimated with zxcvbn (Dropbox's estimator, the Java port from Maven Central, MIT licence): its
 * dictionaries include the 30,000 most common passwords of Xato's corpus of leaked passwords, English words, names
 * and keyboard layouts. A password must need at least 10^8 guesses (zxcvbn score 3), the level zxcvbn calls safe
 * against an offline attack on a slow hash.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    /** zxcvbn's score 3: at least 10^8 guesses. */
    static final int MIN_SCORE = 3;

    /** The platform's own names, which a password must not be built from. */
    static final List<String> PLATFORM_WORDS = List.of("resolutiontracker", "resolution", "tracker", "unodc");

    /** The estimator's dictionaries take a moment to load; it is immutable and safe to share. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    private PasswordPolicy() {}

    /**
     * Refuses a password the policy does not allow, with an explanation the person can act on.
     *
     * @param username the account's user name: the password may not contain it or any of its parts of four or more
     *     characters
     * @param alsoKnownBy what else the account is known by (e-mail address, name): a password that leans on it counts
     *     as easier to guess
     */
    public static void check(char[] password, String username, String... alsoKnownBy) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new RejectedArgument(Explanation.of("account.passwordTooShort", MIN_LENGTH));
        }
        if (password.length > MAX_LENGTH) {
            throw new RejectedArgument(Explanation.of("account.passwordTooLong", MAX_LENGTH));
        }
        String text = new String(password);
        String folded = fold(text);
        String letters = folded.replaceAll("\\p{N}", "");
        List<String> names = words(username);
        names.add("resolutiontracker");
        for (String name : names) {
            if (name.length() >= 4 && (folded.contains(name) || letters.contains(name))) {
                throw new RejectedArgument(Explanation.of("account.passwordFromName"));
            }
        }
        List<String> context = new ArrayList<>(PLATFORM_WORDS);
        context.addAll(names);
        for (String value : alsoKnownBy) {
            context.addAll(words(value));
        }
        Strength strength = Estimator.ZXCVBN.measure(text, context);
        if (strength.getScore() >= MIN_SCORE) {
            return;
        }
        throw new RejectedArgument(Explanation.of(
                commonPasswordIn(strength, text.length()) ? "account.passwordCommon" : "account.passwordGuessable"));
    }

    /** Whether a leaked-password dictionary entry makes up most of the password. */
    private static boolean commonPasswordIn(Strength strength, int length) {
        for (Match match : strength.getSequence()) {
            if ("passwords".equals(match.dictionaryName) && match.tokenLength() * 2 >= length) {
                return true;
            }
        }
        return false;
    }

    /** A name whole and in its parts of three or more characters, folded as the password is. */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return words;
        }
        String whole = fold(value);
        if (!whole.isEmpty()) {
            words.add(whole);
        }
        for (String part : value.split("[^\\p{L}\\p{N}]+")) {
            String folded = fold(part);
            if (folded.length() >= 3 && !folded.equals(whole)) {
                words.add(folded);
            }
        }
        return words;
    }

    /** Lower case, accents and everything but letters and digits removed: "Fp.Péru" and "fpperu" are the same. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("[^\\p{L}\\p{N}]|\\p{M}", "");
    }
}
