package org.mineaction.platform.membership.domain;

/** One reason an input was refused, named by the field it is about. */
public record FieldProblem(String field, String message) {
}
