package org.mineaction.reporting.figures.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The small, country-wide part of the read model every report row needs: the platform's public
 * settings, its obligations, its Article 7 reports by year and the day of its last meeting.
 */
public record CountryProfile(PlatformProfile platform, Obligations obligations, Map<String, Article7Report> article7,
        LocalDate lastHeldOn) {

    public CountryProfile {
        article7 = article7 == null ? Map.of() : Map.copyOf(article7);
    }

    public static CountryProfile unknown(String countryCode) {
        return new CountryProfile(PlatformProfile.unknown(countryCode), null, Map.of(), null);
    }

    public CountryProfile with(PlatformProfile changed) {
        return new CountryProfile(changed, obligations, article7, lastHeldOn);
    }

    public CountryProfile with(Obligations changed) {
        return obligations != null && !changed.stamp().supersedes(obligations.stamp()) ? this
                : new CountryProfile(platform, changed, article7, lastHeldOn);
    }

    public CountryProfile with(Article7Report report) {
        Map<String, Article7Report> reports = new TreeMap<>(article7);
        return Stamped.putIfNewer(reports, String.valueOf(report.reportYear()), report)
                ? new CountryProfile(platform, obligations, reports, lastHeldOn) : this;
    }

    public CountryProfile lastHeldOn(LocalDate day) {
        return new CountryProfile(platform, obligations, article7, day);
    }

    public Article7Report article7(int year) {
        return article7.get(String.valueOf(year));
    }
}
