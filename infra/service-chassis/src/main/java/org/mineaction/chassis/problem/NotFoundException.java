package org.mineaction.chassis.problem;

import java.util.Map;

/** The addressed resource does not exist, or is not visible to the caller (404). */
public final class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super("not-found", detail, Map.of());
    }
}
