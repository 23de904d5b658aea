package org.mineaction.local;

import java.util.Arrays;
import java.util.Locale;

/** Derives each service's connection string (its own database) from one base {@code MONGODB_URI}. */
public final class MongoUris {

    private MongoUris() {
    }

    /**
     * {@code mongodb://h1,h2/admin?replicaSet=rs0} with database {@code platform} becomes
     * {@code mongodb://h1,h2/platform?replicaSet=rs0}. A database in the base URI is also the
     * authentication database when credentials are given; it is kept as {@code authSource} so that
     * switching the database does not break the login.
     */
    public static String withDatabase(String baseUri, String database) {
        String scheme;
        if (baseUri.startsWith("mongodb://")) {
            scheme = "mongodb://";
        } else if (baseUri.startsWith("mongodb+srv://")) {
            scheme = "mongodb+srv://";
        } else {
            throw new IllegalArgumentException("MONGODB_URI must start with mongodb:// or mongodb+srv://, got "
                    + redact(baseUri));
        }
        String rest = baseUri.substring(scheme.length());
        int query = rest.indexOf('?');
        String options = query >= 0 ? rest.substring(query + 1) : "";
        String beforeQuery = query >= 0 ? rest.substring(0, query) : rest;
        // The user info may contain '/' only percent-encoded, so the first '/' after the last '@' ends the hosts.
        int at = beforeQuery.lastIndexOf('@');
        int slash = beforeQuery.indexOf('/', Math.max(at, 0));
        String hosts = slash >= 0 ? beforeQuery.substring(0, slash) : beforeQuery;
        String oldDatabase = slash >= 0 ? beforeQuery.substring(slash + 1) : "";
        if (hosts.isEmpty() || hosts.endsWith("@")) {
            throw new IllegalArgumentException("MONGODB_URI has no host: " + redact(baseUri));
        }
        boolean hasCredentials = at >= 0;
        boolean hasAuthSource = Arrays.stream(options.split("&"))
                .anyMatch(o -> o.toLowerCase(Locale.ROOT).startsWith("authsource="));
        if (hasCredentials && !oldDatabase.isEmpty() && !hasAuthSource && !oldDatabase.equals(database)) {
            options = options.isEmpty() ? "authSource=" + oldDatabase : options + "&authSource=" + oldDatabase;
        }
        return scheme + hosts + "/" + database + (options.isEmpty() ? "" : "?" + options);
    }

    /** The URI without its password, for messages. */
    public static String redact(String uri) {
        return uri.replaceAll("(://[^:/@]+:)[^@/]*@", "$1****@");
    }
}
