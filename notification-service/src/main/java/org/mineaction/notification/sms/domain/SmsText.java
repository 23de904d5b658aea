package org.mineaction.notification.sms.domain;

import java.util.Objects;

/**
 * Keeps an SMS template's output within a budget of segments: every extra segment is billed and
 * a long SMS arrives in pieces on older phones. Cuts at a word boundary and marks the cut with
 * {@code "..."} (three dots: the single-character ellipsis is not in GSM-7 and would turn the
 * whole text into UCS-2, more than halving its capacity).
 */
public final class SmsText {

    private static final String CUT = "...";

    private SmsText() {
    }

    /** {@code text} unchanged when it fits in {@code maxSegments}, else shortened so that it does. */
    public static String fit(String text, int maxSegments) {
        Objects.requireNonNull(text, "text");
        if (maxSegments < 1) {
            throw new IllegalArgumentException("At least one segment: " + maxSegments);
        }
        String normalised = text.strip().replaceAll("\\s+", " ");
        if (SmsSegments.of(normalised).segments() <= maxSegments) {
            return normalised;
        }
        int end = normalised.length();
        while (end > 0) {
            end = previousCodePointBoundary(normalised, end);
            String candidate = normalised.substring(0, end).stripTrailing() + CUT;
            if (SmsSegments.of(candidate).segments() <= maxSegments) {
                int space = normalised.lastIndexOf(' ', end);
                // Prefer the last whole word, unless that throws away more than a fifth of the text.
                if (space > end * 4 / 5) {
                    return normalised.substring(0, space).stripTrailing() + CUT;
                }
                return candidate;
            }
        }
        return CUT;
    }

    private static int previousCodePointBoundary(String text, int end) {
        int previous = end - 1;
        if (previous > 0 && Character.isLowSurrogate(text.charAt(previous))
                && Character.isHighSurrogate(text.charAt(previous - 1))) {
            previous--;
        }
        return previous;
    }
}
