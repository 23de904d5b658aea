package org.mineaction.chassis.problem;

import java.util.Map;

/** The caller is known but may not do this (403). */
public final class ForbiddenException extends ProblemException {

    public ForbiddenException(String detail) {
        super("forbidden", detail, Map.of());
    }
}
