package org.mineaction.platform.identity.domain;

import java.util.Locale;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * What a new password must be (NIST SP 800-63B style: long rather than clever): at least 12
 * characters, at most 128 (hashing cost), and not the login e-mail or its local part.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "must be at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "must not be only blanks");
        }
        if (email != null) {
            String lowered = password.strip().toLowerCase(Locale.ROOT);
            String address = email.strip().toLowerCase(Locale.ROOT);
            String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lowered.equals(address) || lowered.equals(localPart)) {
                throw new InvalidInputException("password", "must not be your e-mail address");
            }
        }
    }
}
