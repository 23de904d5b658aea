package org.mineaction.platform.membership.domain;

/** Why one row of an import was not kept. */
public record ImportRowProblem(long row, String field, String message) {
}
