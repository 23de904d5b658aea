package org.mineaction.platform.membership.domain;

import java.util.List;

/** A member's data breaks one or more rules; every broken rule is listed, not only the first. */
public class InvalidMemberException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidMemberException(List<FieldProblem> problems) {
        super("The member's data is invalid: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
