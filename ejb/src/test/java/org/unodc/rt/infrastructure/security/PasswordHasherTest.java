package org.unodc.rt.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void theProductionHasherUses600000Iterations() {
        String hash = new PasswordHasher().hash("twelve chars ok".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$600000$");
        assertThat(new PasswordHasher().verify("twelve chars ok".toCharArray(), hash))
                .isTrue();
    }

    @Test
    void theDecoyCostsWhatARealHashCostsAndMatchesNothing() {
        String real = new PasswordHasher().hash("twelve chars ok".toCharArray());

        assertThat(PasswordHasher.DECOY.split("\\$"))
                .hasSameSizeAs(real.split("\\$"))
                .startsWith("pbkdf2-sha256", String.valueOf(PasswordHasher.ITERATIONS));
        assertThat(PasswordHasher.DECOY.length()).isEqualTo(real.length());
        assertThat(new PasswordHasher().verify("decoy-password-never-used".toCharArray(), PasswordHasher.DECOY))
                .isFalse();
    }

    @Test
    void verifiesTheRightPasswordAndRejectsAWrongOne() {
        String hash = fast.hash("correct horse battery".toCharArray());

        assertThat(fast.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("correct horse batterY".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(fast.hash("the same password".toCharArray()))
                .isNotEqualTo(fast.hash("the same password".toCharArray()));
    }

    @Test
    void theIterationCountTravelsWithTheHashSoOldHashesStillVerify() {
        String old = fast.hash("an older password".toCharArray());

        assertThat(new PasswordHasher().verify("an older password".toCharArray(), old))
                .isTrue();
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertThat(fast.verify("anything at all".toCharArray(), "plaintext")).isFalse();
        assertThat(fast.verify("anything at all".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA"))
                .isFalse();
        assertThat(fast.verify("anything at all".toCharArray(), null)).isFalse();
    }
}
