package org.mineaction.platform.membership;

import java.util.List;
import org.mineaction.platform.membership.domain.ImportRowProblem;

/**
 * What an import did: the members it invited (by row) and, for every row it did not keep, why.
 *
 * @param organisationsCreated organisations the file named that did not exist yet
 */
public record ImportReport(int rows, List<ImportedMember> imported, List<ImportRowProblem> problems,
        int organisationsCreated) {

    public record ImportedMember(long row, String memberId) {
    }
}
