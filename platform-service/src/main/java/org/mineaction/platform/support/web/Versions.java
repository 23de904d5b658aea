package org.mineaction.platform.support.web;

import org.mineaction.chassis.problem.InvalidInputException;

/** Reads the version a client based its change on: an If-Match entity tag, or the body's version field. */
public final class Versions {

    private Versions() {
    }

    public static Long of(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag of the resource as last read, e.g. \"3\"");
        }
    }

    public static String etag(Long version) {
        return "\"" + version + "\"";
    }
}
