package org.mineaction.reporting.figures.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.reporting.figures.FigureReports;
import org.mineaction.reporting.figures.domain.ReportFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One country's dashboard for the members of its platform: its figures year by year, today's
 * membership in aggregate, the export of the same, and the individualised approach pack. Only for
 * the lead, secretariat, champion and members of that country (docs/identity-and-access.md):
 * another country's caller gets 404, an observer 403; the ISU reads countries under /reports.
 */
@RestController
@RequestMapping("/api/v1/platforms/{country}/dashboard")
class DashboardController {

    private static final Set<String> FILTERS = Set.of(ReportParameters.YEAR, ReportParameters.FROM,
            ReportParameters.TO, ReportParameters.OBJECTIVE);
    private static final Set<String> EXPORT = Set.of(ReportParameters.YEAR, ReportParameters.FROM,
            ReportParameters.TO, ReportParameters.OBJECTIVE, ReportParameters.FORMAT);

    private final FigureReports reports;

    DashboardController(FigureReports reports) {
        this.reports = reports;
    }

    @GetMapping
    Map<String, Object> dashboard(@PathVariable String country, @RequestParam MultiValueMap<String, String> parameters,
            Caller caller) {
        CountryCode code = readableBy(caller, country);
        ReportFilter filter = ReportParameters.of(parameters, FILTERS, reports.today())
                .filter(ReportParameters.FIRST_YEAR, reports.today().getYear() + 10);
        FigureReports.Dashboard dashboard = reports.dashboard(code, filter);
        Views.Context context = new Views.Context(reports.today(), reports.rates(), filter);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", Views.country(dashboard.profile(), reports.today()));
        body.put("membership", Views.membership(dashboard.membership()));
        body.put("years", dashboard.years().stream()
                .map(f -> Views.year(dashboard.profile(), f, context, true)).toList());
        return body;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String country, @RequestParam MultiValueMap<String, String> parameters,
            Caller caller) {
        CountryCode code = readableBy(caller, country);
        ReportParameters checked = ReportParameters.of(parameters, EXPORT, reports.today());
        ReportFilter filter = checked.filter(ReportParameters.FIRST_YEAR, reports.today().getYear() + 10);
        FigureReports.Dashboard dashboard = reports.dashboard(code, filter);
        Views.Context context = new Views.Context(reports.today(), reports.rates(), filter);
        List<Map<String, Object>> rows = dashboard.years().stream()
                .map(f -> Views.year(dashboard.profile(), f, context, false)).toList();
        return Exports.export(rows, checked.format(), "dashboard-" + code.value());
    }

    @GetMapping("/pack")
    Map<String, Object> pack(@PathVariable String country, @RequestParam MultiValueMap<String, String> parameters,
            Caller caller) {
        CountryCode code = readableBy(caller, country);
        ReportParameters.of(parameters, Set.of(), reports.today());
        return CountryPack.of(reports.pack(code), reports.today(), reports.rates());
    }

    private static CountryCode readableBy(Caller caller, String country) {
        caller.requireMemberOf(country);
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT, PlatformRole.CHAMPION,
                PlatformRole.MEMBER);
        return countryOf(country);
    }

    static CountryCode countryOf(String country) {
        if (!CountryCode.isWellFormed(country)) {
            throw new NotFoundException("No platform " + country);
        }
        return new CountryCode(country);
    }
}
