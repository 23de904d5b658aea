package org.mineaction.platform.membership.web;

import java.util.List;
import org.mineaction.platform.membership.ImportReport;

/**
 * The outcome of a member import.
 *
 * @param rows     data rows read (the header not counted)
 * @param imported members invited
 * @param rejected rows not kept
 * @param members  the invited members, by row (the header being row 1)
 * @param errors   why each rejected row was not kept: row, field, message (a row may have several)
 */
record ImportResponse(int rows, int imported, long rejected, int organisationsCreated, List<Imported> members,
        List<RowError> errors) {

    record Imported(long row, String id) {
    }

    record RowError(long row, String field, String message) {
    }

    static ImportResponse of(ImportReport report) {
        return new ImportResponse(report.rows(), report.imported().size(),
                report.problems().stream().mapToLong(p -> p.row()).distinct().count(), report.organisationsCreated(),
                report.imported().stream().map(m -> new Imported(m.row(), m.memberId())).toList(),
                report.problems().stream().map(p -> new RowError(p.row(), p.field(), p.message())).toList());
    }
}
