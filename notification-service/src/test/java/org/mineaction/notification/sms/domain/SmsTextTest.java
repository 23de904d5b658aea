package org.mineaction.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void aShortTextIsKeptAsItIsApartFromWhitespace() {
        assertThat(SmsText.fit("  Reminder:\n platform meeting   tomorrow 09:30. ", 1))
                .isEqualTo("Reminder: platform meeting tomorrow 09:30.");
    }

    @Test
    void aLongGsmTextIsCutAtAWordToFitOneSegment() {
        String text = "Reminder: the quarterly meeting of the Cambodia National Mine Action Platform is tomorrow, "
                + "10 December, at 09:30 at the CMAA office in Phnom Penh. Agenda and documents are in your e-mail.";

        String fitted = SmsText.fit(text, 1);

        assertThat(SmsSegments.of(fitted).segments()).isEqualTo(1);
        assertThat(fitted).endsWith("...").doesNotContain("  ");
        assertThat(text).startsWith(fitted.substring(0, fitted.length() - 3));
        assertThat(fitted.charAt(fitted.length() - 4)).isNotEqualTo(' ');
        assertThat(SmsSegments.of(fitted).encoding()).isEqualTo(SmsEncoding.GSM_7);
    }

    @Test
    void aUnicodeTextFitsInItsOwnSmallerBudget() {
        String khmer = "ការប្រជុំប្រចាំត្រីមាសនៃវេទិកាជាតិសកម្មភាពកំចាត់មីននឹងប្រព្រឹត្តទៅនៅថ្ងៃស្អែក ម៉ោង ៩:៣០ "
                + "នៅការិយាល័យ CMAA ក្នុងរាជធានីភ្នំពេញ។";

        String fitted = SmsText.fit(khmer, 1);

        assertThat(SmsSegments.of(fitted)).satisfies(s -> {
            assertThat(s.segments()).isEqualTo(1);
            assertThat(s.encoding()).isEqualTo(SmsEncoding.UCS_2);
        });
        assertThat(fitted).endsWith("...");
    }

    @Test
    void twoSegmentsAllowMore() {
        String text = "word ".repeat(60);

        assertThat(SmsSegments.of(SmsText.fit(text, 2)).segments()).isEqualTo(2);
        assertThat(SmsText.fit(text, 2).length()).isGreaterThan(SmsText.fit(text, 1).length());
    }

    @Test
    void neverSplitsAnEmoji() {
        String text = "😀".repeat(50);

        String fitted = SmsText.fit(text, 1);

        assertThat(fitted).endsWith("...");
        assertThat(fitted.substring(0, fitted.length() - 3).codePoints()).allMatch(cp -> cp == "😀".codePointAt(0));
    }

    @Test
    void needsABudget() {
        assertThatThrownBy(() -> SmsText.fit("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
