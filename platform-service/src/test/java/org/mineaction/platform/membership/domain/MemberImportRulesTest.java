package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mineaction.platform.membership.domain.MemberCsvTest.csv;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemberImportRulesTest {

    private static final Organisation UNDP = Organisation.create(MemberProfileTest.CAMBODIA.country(), "UNDP",
            "UN_AGENCY", null, Instant.EPOCH);

    private static MemberImportRules.Result check(String rows) {
        return MemberImportRules.check(MemberCsv.parse(csv(MemberCsv.HEADER + "\n" + rows)), MemberProfileTest.CAMBODIA,
                Map.of("undp", UNDP));
    }

    @Test
    void keepsGoodRowsAndReportsEachBadOneByRowAndField() {
        MemberImportRules.Result result = check("""
                Good One,one@ngo.example.org,012 345 678,undp,,MEMBER,en,,TECHNICAL
                Bad Phone,two@ngo.example.org,12,UNDP,,,,,
                ,three@ngo.example.org,,UNDP,,,,,
                New Org,four@ngo.example.org,,Halo Trust,INTERNATIONAL_NGO,,,,PARTICIPATORY|TECHNICAL
                No Category,five@ngo.example.org,,Unknown NGO,,,,,
                Wrong Category,six@ngo.example.org,,UNDP,DONOR_STATE,,,,
                Bad Language,seven@ngo.example.org,,UNDP,,,xx,Mars/Base,MILITARY
                Short Row,eight@ngo.example.org
                """);

        assertThat(result.accepted()).extracting(MemberImportRules.Candidate::row).containsExactly(2L, 5L);
        assertThat(result.accepted().getFirst().organisationId()).isEqualTo(UNDP.id());
        assertThat(result.accepted().getFirst().profile().phone().e164()).isEqualTo("+85512345678");
        assertThat(result.accepted().get(1).organisationId()).isNull();
        assertThat(result.accepted().get(1).category()).isEqualTo(StakeholderCategory.INTERNATIONAL_NGO);
        assertThat(result.problems()).extracting(p -> p.row() + ":" + p.field()).containsExactly(
                "3:phone", "4:name", "6:category", "7:category", "8:components", "8:language", "8:timeZone",
                "9:file", "9:organisation");
    }

    @Test
    void reportsAnAddressRepeatedInTheFileWhateverItsCase() {
        MemberImportRules.Result result = check("""
                First,same@ngo.example.org,,UNDP,,,,,
                Second,SAME@ngo.example.org,,UNDP,,,,,
                """);

        assertThat(result.accepted()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.field()).isEqualTo("email");
            assertThat(problem.message()).contains("row 2");
        });
    }

    @Test
    void aNewOrganisationKeepsTheCategoryOfItsFirstRow() {
        MemberImportRules.Result result = check("""
                A,a@ngo.example.org,,Mines Advisory Group,INTERNATIONAL_NGO,,,,
                B,b@ngo.example.org,,mines advisory group,,,,,
                C,c@ngo.example.org,,Mines Advisory Group,ACADEMIA,,,,
                """);

        assertThat(result.accepted()).extracting(MemberImportRules.Candidate::category)
                .containsExactly(StakeholderCategory.INTERNATIONAL_NGO, StakeholderCategory.INTERNATIONAL_NGO);
        assertThat(result.problems()).extracting(ImportRowProblem::row).containsExactly(4L);
    }
}
