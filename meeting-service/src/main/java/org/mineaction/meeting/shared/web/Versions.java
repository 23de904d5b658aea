package org.mineaction.meeting.shared.web;

import org.mineaction.chassis.problem.InvalidInputException;

/**
 * The version a client based its change on: an {@code If-Match} entity tag, else the body's
 * {@code version} field; a change without either is refused, so no edit silently overwrites another.
 */
public final class Versions {

    private Versions() {
    }

    public static long of(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (bodyVersion == null) {
                throw new InvalidInputException("version",
                        "is required: send the version last read, in the body or as If-Match");
            }
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the resource as last read, e.g. \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
