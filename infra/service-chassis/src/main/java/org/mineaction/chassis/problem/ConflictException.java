package org.mineaction.chassis.problem;

import java.util.Map;

/** The request conflicts with the current state, e.g. a duplicate or a stale version (409). */
public final class ConflictException extends ProblemException {

    public ConflictException(String problemType, String detail) {
        super(problemType, detail, Map.of());
    }
}
