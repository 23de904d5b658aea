package org.mineaction.reporting.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.reporting.figures.domain.CountryProfile;
import org.mineaction.reporting.figures.domain.CountryRecord;
import org.mineaction.reporting.figures.domain.ExchangeRates;
import org.mineaction.reporting.figures.domain.Generation;
import org.mineaction.reporting.figures.domain.ReportFilter;
import org.mineaction.reporting.figures.domain.YearFigures;
import org.mineaction.reporting.figures.persistence.FiguresStore;
import org.mineaction.reporting.members.MemberParticipation;
import org.mineaction.reporting.members.domain.Participation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What the dashboards and the ISU's reports read: the pre-aggregated figures of the live generation
 * (one document per country and year), never the facts underneath, except for one country's pack.
 */
@Service
@EnableConfigurationProperties(ExchangeRateTable.class)
public class FigureReports {

    /** One country and year with the country's settings, as a table row needs it. */
    public record CountryYear(CountryProfile profile, YearFigures figures) {
    }

    /** One country's dashboard: settings, membership today, and its figures of each year asked for. */
    public record Dashboard(CountryProfile profile, Participation membership, List<YearFigures> years) {
    }

    /** One country's facts for the individualised approach pack. */
    public record Pack(CountryProfile profile, CountryRecord record, List<YearFigures> years) {
    }

    private final FiguresStore store;
    private final ProjectionGenerations generations;
    private final MemberParticipation members;
    private final ExchangeRates rates;
    private final Clock clock;

    FigureReports(FiguresStore store, ProjectionGenerations generations, MemberParticipation members,
            ExchangeRateTable rates, Clock clock) {
        this.store = store;
        this.generations = generations;
        this.members = members;
        this.rates = rates.toRates();
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    public ExchangeRates rates() {
        return rates;
    }

    /**
     * The countries' rows of every year the filter covers, by country then year: the registered
     * platforms of the region, then their {@code COUNTRY:YEAR} figures by id.
     */
    public List<CountryYear> table(ReportFilter filter) {
        Generation g = generations.active();
        Map<String, CountryProfile> profiles = new java.util.TreeMap<>(store.profiles(g));
        profiles.values().removeIf(profile -> !filter.covers(profile));
        List<CountryYear> rows = new ArrayList<>();
        for (YearFigures f : store.of(g, profiles.keySet(), filter.fromYear(), filter.toYear())) {
            rows.add(new CountryYear(profiles.get(f.countryCode()), f));
        }
        return rows;
    }

    public Dashboard dashboard(CountryCode country, ReportFilter filter) {
        Generation g = generations.active();
        List<YearFigures> years = store.country(g, country.value()).stream().filter(f -> filter.covers(f.year()))
                .toList();
        return new Dashboard(store.profile(g, country.value()), members.of(country), years);
    }

    public Pack pack(CountryCode country) {
        Generation g = generations.active();
        return new Pack(store.profile(g, country.value()), store.record(g, country.value()),
                store.country(g, country.value()));
    }
}
