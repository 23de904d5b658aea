package org.mineaction.chassis.problem;

import java.util.Map;

/**
 * A failure a client can act on, reported as an RFC 9457 problem.
 *
 * <p>Plain Java on purpose: domain code throws these without depending on Spring; the web layer of
 * every service turns them into {@code application/problem+json} with the matching status.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException {

    private final String problemType;
    private final Map<String, Object> properties;

    protected ProblemException(String problemType, String detail, Map<String, Object> properties) {
        super(detail);
        this.problemType = problemType;
        this.properties = Map.copyOf(properties);
    }

    /** Last segment of the problem type URI, e.g. {@code invalid-input}. */
    public String problemType() {
        return problemType;
    }

    /** Extension members added to the problem document. */
    public Map<String, Object> properties() {
        return properties;
    }
}
