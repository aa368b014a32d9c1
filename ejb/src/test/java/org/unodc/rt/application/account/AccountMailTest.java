package org.unodc.rt.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unodc.rt.application.MailChecks;
import org.unodc.rt.domain.account.TokenPurpose;
import org.unodc.rt.infrastructure.mail.MailMessage;

class AccountMailTest {

    private static final String LINK = "http://localhost:8080/activate.xhtml?token=abc_DEF-123";
    private static final Instant EXPIRES = Instant.parse("2026-11-30T10:00:00Z");

    private static AccountLinkMail mail(TokenPurpose purpose, String language) {
        return new AccountLinkMail(purpose, "fp.kenya", "fp@example.org", "Amina Otieno", language, LINK, EXPIRES);
    }

    @Test
    void anInvitationNamesThePersonTheUserNameTheLinkAndWhenItExpires() {
        MailMessage text = AccountMail.compose(mail(TokenPurpose.INVITATION, "en"));

        assertThat(text.subject()).isEqualTo("Your Resolution Tracker account");
        assertThat(text.text())
                .startsWith("Dear Amina Otieno,\n")
                .contains("Your user name: fp.kenya\n")
                .contains("\n" + LINK + "\n")
                .contains("expires on Nov 30, 2026, 10:00 AM (Z)")
                .contains("ask the secretariat for a new invitation");
    }

    @Test
    void aFrenchInvitationKeepsItsApostrophesAndWritesTheDateInFrench() {
        MailMessage text = AccountMail.compose(mail(TokenPurpose.INVITATION, "fr"));

        assertThat(text.text())
                .contains("Le secrétariat de l'ONUDC")
                .contains("Votre nom d'utilisateur : fp.kenya")
                .contains("expire le 30 nov. 2026 10:00 (Z)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void everyLanguageCarriesTheLinkAndTheExpiry(String language) {
        for (TokenPurpose purpose : TokenPurpose.values()) {
            MailMessage text = AccountMail.compose(mail(purpose, language));

            MailChecks.complete(text, language, "Resolution Tracker", LINK);
            assertThat(text.text()).contains("fp.kenya").contains("(Z)");
        }
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(AccountMail.compose(mail(TokenPurpose.RESET, "de")).subject())
                .isEqualTo("Reset your Resolution Tracker password");
    }
}
