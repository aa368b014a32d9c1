package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.domain.account.TokenPurpose;

class AccountMailTest {

    private static final String LINK = "http://localhost:8080/activate.xhtml?token=abc_DEF-123";
    private static final Instant EXPIRES = Instant.parse("2026-11-30T10:00:00Z");

    private static AccountLinkMail mail(TokenPurpose purpose, String language) {
        return new AccountLinkMail(purpose, "fp.kenya", "fp@example.org", "Amina Otieno", language, LINK, EXPIRES);
    }

    @Test
    void anInvitationNamesThePersonTheUserNameTheLinkAndWhenItExpires() {
        String[] text = AccountMail.compose(mail(TokenPurpose.INVITATION, "en"));

        assertThat(text[0]).isEqualTo("Your Resolution Tracker account");
        assertThat(text[1])
                .startsWith("Dear Amina Otieno,\n")
                .contains("Your user name: fp.kenya\n")
                .contains("\n" + LINK + "\n")
                .contains("expires on 2026-11-30 10:00 UTC")
                .contains("ask the secretariat for a new invitation");
    }

    @Test
    void aFrenchInvitationKeepsItsApostrophes() {
        String[] text = AccountMail.compose(mail(TokenPurpose.INVITATION, "fr"));

        assertThat(text[1]).contains("Le secrétariat de l'ONUDC").contains("Votre nom d'utilisateur : fp.kenya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyLanguageCarriesTheLinkAndTheExpiry(String language) {
        for (TokenPurpose purpose : TokenPurpose.values()) {
            String[] text = AccountMail.compose(mail(purpose, language));

            assertThat(text[0]).isNotBlank().doesNotContain("{");
            assertThat(text[1]).contains(LINK).contains("2026-11-30 10:00 UTC").contains("fp.kenya");
        }
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(AccountMail.compose(mail(TokenPurpose.RESET, "de"))[0])
                .isEqualTo("Reset your Resolution Tracker password");
    }
}
