package org.mineaction.meeting.minutes.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.mineaction.meeting.support.PdfText;

class MinutesPdfTest {

    static MinutesReport report(boolean chathamHouse, String text) {
        return new MinutesReport("Cambodia National Mine Action Platform", "Quarterly meeting Q1",
                "REGULAR", "ARTICLE_5_CLEARANCE", ZonedDateTime.of(2027, 2, 16, 9, 0, 0, 0,
                        ZoneId.of("Asia/Phnom_Penh")), "CMAA, Phnom Penh", chathamHouse, "Version 2, approved 2027-02-19",
                List.of("Opening (CMAA) - 15 min"),
                List.of(new MinutesReport.OrganisationLine("org-cmac", "NATIONAL_AUTHORITY", 2)),
                List.of(new MinutesReport.GuestLine("Sok Dara", "Village committee", "AFFECTED_POPULATION")), text,
                List.of(new MinutesReport.OutcomeLine("DECISION", "Survey plan", "Adopt the plan", "CMAC", false),
                        new MinutesReport.OutcomeLine("CHALLENGE", "Funding", "Survey is underfunded", "UNDP", true)),
                List.of(new MinutesReport.ActionLine("Share the plan", "organisation org-cmac",
                        LocalDate.of(2027, 3, 31), "IN_PROGRESS")));
    }

    @Test
    void showsPlatformMeetingAttendeesDecisionsAndActionPoints() {
        String text = PdfText.of(new MinutesPdf().render(report(false, "# Opening\nThe **lead** opened the meeting.")));
        assertThat(text).contains("Cambodia National Mine Action Platform", "Minutes: Quarterly meeting Q1",
                "Tuesday 16 February 2027, 09:00 (Asia/Phnom_Penh)", "Regular meeting - focus: Article 5 clearance",
                "org-cmac (National authority): 2 members", "Sok Dara - Village committee (Affected population)",
                "Opening The lead opened the meeting.", "Decisions", "Survey plan: Adopt the plan (raised by CMAC)",
                "Survey is underfunded (raised by UNDP) [carried into the Article 7 report]",
                "Share the plan - owner: organisation org-cmac - due 2027-03-31 - In progress");
    }

    @Test
    void underTheChathamHouseRuleNoNameNorAttribution() {
        String text = PdfText.of(new MinutesPdf().render(report(true, "Discussed.")));
        assertThat(text).contains("Chatham House Rule", "Guest - Village committee", "Survey plan: Adopt the plan");
        assertThat(text).doesNotContain("Sok Dara", "raised by", "CMAC)");
    }

    @Test
    void longMinutesFlowOntoMorePagesAndUnprintableLettersDoNotBreakIt() throws IOException {
        String longText = IntStream.range(0, 400).mapToObj(i -> "Paragraph " + i + " about clearance in Battambang.")
                .collect(Collectors.joining("\n"));
        byte[] pdf = new MinutesPdf().render(report(false, "ការប្រជុំ " + longText));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
        }
        assertThat(PdfText.of(pdf)).contains("Paragraph 399 about clearance", "?");
    }
}
