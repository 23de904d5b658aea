package org.mineaction.platform.registry.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * The languages a platform works in (ISO 639-1), in order of preference: the first one is the
 * default for messages to people who have not chosen their own.
 */
public record WorkingLanguages(List<String> codes) {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    static final int MAX = 10;

    public WorkingLanguages {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("languages", "must name at least one working language");
        }
        if (codes.size() > MAX) {
            throw new InvalidInputException("languages", "must name at most " + MAX + " languages");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String code : codes) {
            String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
            if (!ISO_639_1.contains(normalised)) {
                throw new InvalidInputException("languages", "'" + code + "' is not an ISO 639-1 language code such as en, fr or es");
            }
            if (!unique.add(normalised)) {
                throw new InvalidInputException("languages", "'" + code + "' is listed twice");
            }
        }
        codes = List.copyOf(unique);
    }

    public String primary() {
        return codes.getFirst();
    }
}
