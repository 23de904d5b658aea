package org.mineaction.notification.sms.domain;

import java.util.Objects;

/**
 * What an SMS text costs: its encoding, its length in encoding units and how many message parts
 * (segments) the operator bills for. Recorded with every SMS so a template that grew too long
 * shows up in the delivery log.
 *
 * <p>GSM-7 (3GPP TS 23.038): the characters of the extension table ({@code ^ { } \ [ ~ ] | €} and
 * form feed) take two septets (escape + character) and are never split across two parts. UCS-2:
 * one unit per UTF-16 code unit, so a character outside the Basic Multilingual Plane (an emoji)
 * takes two and a surrogate pair is never split either.
 *
 * @param encoding the encoding the text needs
 * @param units    septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments message parts; 1 for an empty text
 */
public record SmsSegments(SmsEncoding encoding, int units, int segments) {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    public SmsSegments {
        Objects.requireNonNull(encoding, "encoding");
    }

    public static SmsSegments of(String text) {
        Objects.requireNonNull(text, "text");
        return isGsm7(text) ? gsm7(text) : ucs2(text);
    }

    /** Whether every character is in the GSM default alphabet or its extension table. */
    public static boolean isGsm7(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SmsSegments gsm7(String text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += septets(text.charAt(i));
        }
        if (total <= SmsEncoding.GSM_7.singleCapacity()) {
            return new SmsSegments(SmsEncoding.GSM_7, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = septets(text.charAt(i));
            if (used + size > SmsEncoding.GSM_7.partCapacity()) {
                segments++;
                used = 0;
            }
            used += size;
        }
        return new SmsSegments(SmsEncoding.GSM_7, total, segments);
    }

    private static SmsSegments ucs2(String text) {
        int total = text.length();
        if (total <= SmsEncoding.UCS_2.singleCapacity()) {
            return new SmsSegments(SmsEncoding.UCS_2, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int size = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
            if (used + size > SmsEncoding.UCS_2.partCapacity()) {
                segments++;
                used = 0;
            }
            used += size;
            i += size - 1;
        }
        return new SmsSegments(SmsEncoding.UCS_2, total, segments);
    }

    private static int septets(char c) {
        return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1;
    }
}
