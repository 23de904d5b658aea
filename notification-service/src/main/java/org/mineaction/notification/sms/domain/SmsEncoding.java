package org.mineaction.notification.sms.domain;

/**
 * How an SMS text travels: the 7-bit GSM default alphabet when every character is in it (160
 * characters per message, 153 per part of a long one), otherwise UCS-2 (70 and 67).
 */
public enum SmsEncoding {
    GSM_7(160, 153),
    UCS_2(70, 67);

    private final int singleCapacity;
    private final int partCapacity;

    SmsEncoding(int singleCapacity, int partCapacity) {
        this.singleCapacity = singleCapacity;
        this.partCapacity = partCapacity;
    }

    /** Units (septets or UTF-16 code units) that fit in a message sent in one piece. */
    public int singleCapacity() {
        return singleCapacity;
    }

    /** Units per part of a concatenated message: the rest is taken by the user data header. */
    public int partCapacity() {
        return partCapacity;
    }
}
