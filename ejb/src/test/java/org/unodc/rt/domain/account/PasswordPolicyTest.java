package org.unodc.rt.domain.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.domain.RejectedArgument;

class PasswordPolicyTest {

    @Test
    void twelveRepeatedLettersAreRefusedAsGuessable() {
        assertRefused("aaaaaaaaaaaa", "fp.peru", "account.passwordGuessable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password2026!", "qwertyuiop123", "iloveyou12345", "123456789012"})
    void commonAndLeakedPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password.toCharArray(), "fp.peru"))
                .isInstanceOf(RejectedArgument.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                ((RejectedArgument) e).explanation().key())
                        .isIn("account.passwordCommon", "account.passwordGuessable"));
    }

    @Test
    void aPasswordMadeOfALeakedOneIsCalledCommon() {
        assertRefused("password2026!", "fp.peru", "account.passwordCommon");
    }

    @Test
    void aPasswordContainingTheUserNameIsRefusedWhateverItsCaseAndPunctuation() {
        assertRefused("My-FP.Peru-secret-2026", "fp.peru", "account.passwordFromName");
        assertRefused("peru is where I live now", "fp.peru", "account.passwordFromName");
    }

    @Test
    void aPasswordBuiltFromThePlatformsNameIsRefused() {
        assertRefused("Resolution Tracker 2026", "fp.peru", "account.passwordFromName");
        assertRefused("resolution2026tracker", "fp.peru", "account.passwordFromName");
        assertRefused("fp2026peru-and-more", "fp.peru", "account.passwordFromName");
    }

    @Test
    void tooShortAndTooLongAreRefusedWithTheirLimits() {
        assertRefused("short", "fp.peru", "account.passwordTooShort");
        assertRefused("x".repeat(201), "fp.peru", "account.passwordTooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery",
                "mi perro come manzanas",
                "Le chat dort sur la table",
                "кошка спит на столе утром",
                "猫在桌子上睡觉了今天早上很开心",
                "القطة تنام على الطاولة"
            })
    void aShortSentenceOfUnrelatedWordsIsAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(password.toCharArray(), "fp.peru", "fp@minjus.gob.pe"))
                .doesNotThrowAnyException();
    }

    private static void assertRefused(String password, String username, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check(password.toCharArray(), username))
                .isInstanceOf(RejectedArgument.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(
                                ((RejectedArgument) e).explanation().key())
                        .isEqualTo(key));
    }
}
