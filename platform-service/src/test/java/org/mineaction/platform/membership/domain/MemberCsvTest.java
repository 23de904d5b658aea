package org.mineaction.platform.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mineaction.chassis.problem.InvalidInputException;

class MemberCsvTest {

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsRowsByColumnNameNumberedFromTheHeader() {
        List<MemberCsv.Row> rows = MemberCsv.parse(csv("\uFEFF" + MemberCsv.HEADER + "\n"
                + "Sophea Chan,sophea@ngo.example.org,012 345 678,CMAA,NATIONAL_AUTHORITY,LEAD,fr,,TECHNICAL;POLITICAL\n"
                + "\n"
                + "\"Dara, Jr\",dara@ngo.example.org,,UNDP,UN_AGENCY,,,,\n"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).get("phone")).isEqualTo("012 345 678");
        assertThat(rows.get(0).get("timeZone")).isNull();
        assertThat(rows.get(1).get("name")).isEqualTo("Dara, Jr");
        assertThat(rows.get(1).row()).isEqualTo(3);
        assertThat(rows.get(1).isComplete()).isTrue();
    }

    @Test
    void acceptsAFileWithOnlyTheRequiredColumnsInAnyOrder() {
        List<MemberCsv.Row> rows = MemberCsv.parse(csv("email,organisation,name\na@b.org,UNDP,A\n"));

        assertThat(rows.getFirst().get("name")).isEqualTo("A");
    }

    @Test
    void refusesFilesThatCannotBeReadAsAWhole() {
        assertThatThrownBy(() -> MemberCsv.parse(csv(""))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MemberCsv.parse(csv("name,email,organisation,salary\n")))
                .hasMessageContaining("unknown column 'salary'");
        assertThatThrownBy(() -> MemberCsv.parse(csv("name,email\n"))).hasMessageContaining("'organisation'");
        assertThatThrownBy(() -> MemberCsv.parse(csv("name,email,organisation\n\"unterminated,a@b.org,UNDP\n")))
                .hasMessageContaining("well-formed");
        assertThatThrownBy(() -> MemberCsv.parse(csv("name,email,organisation,name\n"))).hasMessageContaining("well-formed");
        assertThatThrownBy(() -> MemberCsv.parse(new byte[] {'n', 'a', (byte) 0xC3, (byte) 0x28}))
                .hasMessageContaining("UTF-8");
    }

    @Test
    void readsUpToTheRowLimitAndRefusesOneMore() {
        StringBuilder file = new StringBuilder("name,email,organisation\n");
        for (int i = 0; i < MemberCsv.MAX_ROWS; i++) {
            file.append("M").append(i).append(",m").append(i).append("@b.org,UNDP\n");
        }
        assertThat(MemberCsv.parse(csv(file.toString()))).hasSize(MemberCsv.MAX_ROWS);

        file.append("One,one@b.org,UNDP\n");
        assertThatThrownBy(() -> MemberCsv.parse(csv(file.toString()))).hasMessageContaining("more than 5000 rows");
    }
}
