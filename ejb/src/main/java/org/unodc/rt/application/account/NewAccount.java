package org.unodc.rt.application.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.unodc.rt.domain.account.Role;

/**
 * What the secretariat gives to invite someone. The State (ISO alpha-3) is required for a focal point and must be
 * empty for anybody else; the language (ar, zh, en, fr, ru, es) is the interface and e-mail language, English if
 * empty.
 */
public record NewAccount(
        @NotBlank String username,
        @NotBlank String displayName,
        @NotBlank String email,
        @NotNull Role role,
        String stateIso3,
        String language) {}
