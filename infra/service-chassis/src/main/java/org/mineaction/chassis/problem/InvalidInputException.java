package org.mineaction.chassis.problem;

import java.util.Map;

/** The request breaks a rule of the domain (400). */
public final class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String message) {
        super("invalid-input", message, Map.of("errors", java.util.List.of(Map.of("field", field, "message", message))));
    }
}
