package org.mineaction.platform.membership.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.problem.InvalidInputException;

/**
 * Checks the rows of a member import one by one: the values of each, its organisation (found by
 * name, or new with the row's category) and e-mail addresses repeated within the file. Good rows
 * become candidates, bad rows problems naming row, field and reason; one bad row never stops the rest.
 */
public final class MemberImportRules {

    /** A placeholder until the organisation a row names exists. */
    static final String NEW_ORGANISATION = "new-organisation";

    private MemberImportRules() {
    }

    /**
     * @param organisationId the existing organisation, or null when the import creates it
     */
    public record Candidate(long row, String organisationName, StakeholderCategory category, String organisationId,
            MemberProfile profile) {

        public String organisationKey() {
            return Organisation.nameKey(organisationName);
        }
    }

    public record Result(List<Candidate> accepted, List<ImportRowProblem> problems) {
    }

    /**
     * @param organisations the platform's organisations named in the file, by {@link Organisation#nameKey}
     */
    public static Result check(List<MemberCsv.Row> rows, PlatformContext platform,
            Map<String, Organisation> organisations) {
        List<Candidate> accepted = new ArrayList<>();
        List<ImportRowProblem> problems = new ArrayList<>();
        Map<String, Long> firstRowOfEmail = new HashMap<>();
        Map<String, StakeholderCategory> newOrganisations = new HashMap<>();
        for (MemberCsv.Row row : rows) {
            List<ImportRowProblem> rowProblems = new ArrayList<>();
            if (!row.isComplete()) {
                rowProblems.add(new ImportRowProblem(row.row(), MemberCsv.FIELD,
                        "has " + row.width() + " values where the header has " + row.headerWidth()));
            }
            String organisationName = row.get("organisation");
            Organisation existing = organisations.get(Organisation.nameKey(organisationName));
            StakeholderCategory category = organisationCategory(row, organisationName, existing, newOrganisations,
                    rowProblems);
            MemberProfile profile = null;
            try {
                profile = MemberProfile.validate(draft(row, existing), platform);
            } catch (InvalidMemberException e) {
                e.problems().forEach(p -> rowProblems.add(new ImportRowProblem(row.row(), p.field(), p.message())));
            }
            if (profile != null) {
                Long first = firstRowOfEmail.putIfAbsent(profile.email().key(), row.row());
                if (first != null) {
                    rowProblems.add(new ImportRowProblem(row.row(), EmailAddress.FIELD,
                            "appears already in row " + first + " of the file"));
                }
            }
            if (rowProblems.isEmpty()) {
                if (existing == null) {
                    newOrganisations.putIfAbsent(Organisation.nameKey(organisationName), category);
                }
                accepted.add(new Candidate(row.row(), organisationName.strip(), category,
                        existing == null ? null : existing.id(), profile));
            } else {
                problems.addAll(rowProblems);
            }
        }
        return new Result(List.copyOf(accepted), List.copyOf(problems));
    }

    private static StakeholderCategory organisationCategory(MemberCsv.Row row, String organisationName,
            Organisation existing, Map<String, StakeholderCategory> newOrganisations, List<ImportRowProblem> problems) {
        if (organisationName == null || organisationName.length() > Organisation.MAX_NAME) {
            problems.add(new ImportRowProblem(row.row(), "organisation",
                    "must name the member's organisation, 1 to " + Organisation.MAX_NAME + " characters"));
            return null;
        }
        String raw = row.get("category");
        StakeholderCategory category;
        try {
            category = raw == null ? null : Organisation.category(raw);
        } catch (InvalidInputException e) {
            problems.add(new ImportRowProblem(row.row(), "category", e.getMessage()));
            return null;
        }
        StakeholderCategory known = existing != null ? existing.category()
                : newOrganisations.get(Organisation.nameKey(organisationName));
        if (known != null) {
            if (category != null && category != known) {
                problems.add(new ImportRowProblem(row.row(), "category",
                        "is " + category + " but the organisation '" + organisationName + "' is " + known));
            }
            return known;
        }
        if (category == null) {
            problems.add(new ImportRowProblem(row.row(), "category", "is required for a new organisation; one of "
                    + Arrays.toString(StakeholderCategory.values())));
        }
        return category;
    }

    private static MemberProfile.Draft draft(MemberCsv.Row row, Organisation existing) {
        String components = row.get("components");
        return new MemberProfile.Draft(row.get("name"), existing == null ? NEW_ORGANISATION : existing.id(),
                row.get("role"), components == null ? List.of() : Arrays.stream(components.split("[;|]"))
                        .map(String::strip).filter(value -> !value.isEmpty()).toList(),
                row.get("email"), row.get("phone"), row.get("language"), row.get("timeZone"), null, null, null, null,
                null);
    }
}
