package org.mineaction.reporting.figures.persistence;

import java.time.LocalDate;
import java.util.Map;
import org.mineaction.reporting.figures.domain.Article7Report;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.Obligations;
import org.mineaction.reporting.figures.domain.PlatformProfile;
import org.springframework.data.annotation.Id;

/** The country-wide settings and obligations, one small document per country. */
record CountryProfileDocument(@Id String countryCode, PlatformProfile platform, Obligations obligations,
        Map<String, Article7Report> article7, LocalDate lastHeldOn) {

    static final String COLLECTION = "country_profiles";

    static CountryProfileDocument of(CountryProfile profile) {
        return new CountryProfileDocument(profile.platform().countryCode(), profile.platform(), profile.obligations(),
                profile.article7(), profile.lastHeldOn());
    }

    CountryProfile toProfile() {
        return new CountryProfile(platform, obligations, article7, lastHeldOn);
    }
}
