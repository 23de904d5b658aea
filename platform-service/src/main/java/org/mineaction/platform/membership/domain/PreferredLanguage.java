package org.mineaction.platform.membership.domain;

import java.util.Locale;
import java.util.Set;
import org.mineaction.chassis.problem.InvalidInputException;

/** The language a member reads their messages in: an ISO 639-1 code such as en, fr or es. */
public record PreferredLanguage(String code) {

    public static final String FIELD = "language";
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public PreferredLanguage {
        code = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
        // Locale also knows a few three-letter codes; members choose among the two-letter ones.
        if (code == null || code.length() != 2 || !ISO_639_1.contains(code)) {
            throw new InvalidInputException(FIELD, "must be an ISO 639-1 language code such as en, fr or es");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
