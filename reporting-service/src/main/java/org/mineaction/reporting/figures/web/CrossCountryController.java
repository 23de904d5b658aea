package org.mineaction.reporting.figures.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.reporting.figures.FigureReports;
import org.mineaction.reporting.figures.RenderedReports;
import org.mineaction.reporting.figures.domain.ReportFilter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ISU's cross-country reports: one row per country and year read from the pre-aggregated
 * figures, their export, time series summed over the countries, and any country's pack. Aggregates
 * only: no person's name, e-mail or phone is in the figures, and small demographic cells are shown
 * as "&lt;5". For the ISU_ANALYST role only.
 */
@RestController
@RequestMapping("/api/v1/reports")
class CrossCountryController {

    private static final Set<String> TABLE = Set.of(ReportParameters.YEAR, ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.REGION, ReportParameters.OBJECTIVE);
    private static final Set<String> EXPORT = Set.of(ReportParameters.YEAR, ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.REGION, ReportParameters.OBJECTIVE, ReportParameters.FORMAT);
    private static final Set<String> SERIES = Set.of(ReportParameters.FROM, ReportParameters.TO,
            ReportParameters.REGION, ReportParameters.OBJECTIVE, ReportParameters.METRIC, ReportParameters.PERIOD);

    private final FigureReports reports;
    private final RenderedReports rendered;
    private final JsonMapper json;

    CrossCountryController(FigureReports reports, RenderedReports rendered, JsonMapper json) {
        this.reports = reports;
        this.rendered = rendered;
        this.json = json;
    }

    @GetMapping("/countries")
    ResponseEntity<byte[]> table(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        caller.requireGlobal(GlobalRole.ISU_ANALYST);
        ReportFilter filter = ReportParameters.of(parameters, TABLE, reports.today())
                .filter(reports.today().getYear(), reports.today().getYear());
        byte[] body = rendered.body("countries " + filter + " " + reports.today(), () -> {
            List<Map<String, Object>> rows = rows(filter);
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("filter", filter(filter));
            table.put("rows", rows);
            table.put("total", rows.size());
            return json.writeValueAsBytes(table);
        });
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping("/countries/export")
    ResponseEntity<byte[]> export(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        caller.requireGlobal(GlobalRole.ISU_ANALYST);
        ReportParameters checked = ReportParameters.of(parameters, EXPORT, reports.today());
        ReportFilter filter = checked.filter(reports.today().getYear(), reports.today().getYear());
        return Exports.export(rows(filter), checked.format(), "countries-" + filter.fromYear() + "-" + filter.toYear());
    }

    @GetMapping("/time-series")
    Map<String, Object> series(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        caller.requireGlobal(GlobalRole.ISU_ANALYST);
        ReportParameters checked = ReportParameters.of(parameters, SERIES, reports.today());
        int thisYear = reports.today().getYear();
        ReportFilter filter = checked.filter(thisYear - 9, thisYear);
        String metric = checked.text(ReportParameters.METRIC)
                .orElseThrow(() -> new InvalidInputException(ReportParameters.METRIC, "is required; one of "
                        + TimeSeries.METRICS));
        boolean quarterly = checked.text(ReportParameters.PERIOD).map(period -> switch (period) {
            case "year" -> false;
            case "quarter" -> true;
            default -> throw new InvalidInputException(ReportParameters.PERIOD, "must be year or quarter");
        }).orElse(false);
        List<Map<String, Object>> flat = rows(filter).stream().map(Exports::flatten).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric);
        body.put("period", quarterly ? "quarter" : "year");
        body.put("filter", filter(filter));
        body.put("points", TimeSeries.points(flat, metric, quarterly, filter.fromYear(), filter.toYear()));
        return body;
    }

    @GetMapping("/countries/{country}/pack")
    Map<String, Object> pack(@PathVariable String country, @RequestParam MultiValueMap<String, String> parameters,
            Caller caller) {
        caller.requireGlobal(GlobalRole.ISU_ANALYST);
        CountryCode code = DashboardController.countryOf(country);
        ReportParameters.of(parameters, Set.of(), reports.today());
        return CountryPack.of(reports.pack(code), reports.today(), reports.rates());
    }

    private List<Map<String, Object>> rows(ReportFilter filter) {
        Views.Context context = new Views.Context(reports.today(), reports.rates(), filter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FigureReports.CountryYear row : reports.table(filter)) {
            rows.add(Views.year(row.profile(), row.figures(), context, false));
        }
        return rows;
    }

    private static Map<String, Object> filter(ReportFilter filter) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", filter.fromYear());
        view.put("to", filter.toYear());
        view.put("region", filter.region().map(Enum::name).orElse(null));
        view.put("objective", filter.objectiveName());
        return view;
    }
}
