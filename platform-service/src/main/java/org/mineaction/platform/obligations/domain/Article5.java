package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The Article 5 clearance obligation: the deadline set by entry into force (ten years), every
 * extension since, oldest first, and the declared completion if any.
 */
public record Article5(LocalDate originalDeadline, List<Article5Extension> extensions, LocalDate completedOn) {

    public Article5 {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    public LocalDate currentDeadline() {
        return extensions.isEmpty() ? originalDeadline : extensions.getLast().newDeadline();
    }
}
