package org.mineaction.notification.sms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void plainEnglishUpTo160CharactersIsOneGsmMessage() {
        assertThat(SmsSegments.of("a".repeat(160))).isEqualTo(new SmsSegments(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("")).isEqualTo(new SmsSegments(SmsEncoding.GSM_7, 0, 1));
    }

    @Test
    void aLongGsmTextIsCutInto153SeptetParts() {
        assertThat(SmsSegments.of("a".repeat(161))).isEqualTo(new SmsSegments(SmsEncoding.GSM_7, 161, 2));
        assertThat(SmsSegments.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void frenchAndSpanishAccentsOfTheGsmAlphabetStayGsm7() {
        SmsSegments text = SmsSegments.of("Réunion à Phnom Penh: ¿Viene? Ñoño, Ä Ö Ü ß É");

        assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
    }

    @Test
    void extensionCharactersCountTwice() {
        assertThat(SmsSegments.of("€10 [ok]")).isEqualTo(new SmsSegments(SmsEncoding.GSM_7, 11, 1));
        assertThat(SmsSegments.of("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(SmsEncoding.GSM_7, 162, 2));
    }

    @Test
    void anExtensionCharacterIsNotSplitAcrossParts() {
        // 152 septets, then an escape sequence that would straddle the 153-septet boundary.
        SmsSegments text = SmsSegments.of("a".repeat(152) + "€" + "a".repeat(10));

        assertThat(text.units()).isEqualTo(164);
        assertThat(text.segments()).isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(152) + "€" + "a".repeat(152)).segments()).isEqualTo(3);
    }

    @Test
    void aCharacterOutsideGsmTurnsTheWholeTextIntoUcs2() {
        assertThat(SmsSegments.of("Réunion ç").encoding()).isEqualTo(SmsEncoding.UCS_2); // ç is not in GSM-7, Ç is
        assertThat(SmsSegments.of("ប្រជុំ").encoding()).isEqualTo(SmsEncoding.UCS_2);
    }

    @Test
    void ucs2Uses70And67UnitParts() {
        assertThat(SmsSegments.of("ç".repeat(70))).isEqualTo(new SmsSegments(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsSegments.of("ç".repeat(71))).isEqualTo(new SmsSegments(SmsEncoding.UCS_2, 71, 2));
        assertThat(SmsSegments.of("ç".repeat(134)).segments()).isEqualTo(2);
        assertThat(SmsSegments.of("ç".repeat(135)).segments()).isEqualTo(3);
    }

    @Test
    void anEmojiTakesTwoUnitsAndIsNotSplit() {
        SmsSegments text = SmsSegments.of("ç".repeat(66) + "😀" + "ç".repeat(10));

        assertThat(text.units()).isEqualTo(78);
        assertThat(text.segments()).isEqualTo(2);
    }
}
