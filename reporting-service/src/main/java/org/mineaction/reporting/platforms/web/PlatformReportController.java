package org.mineaction.reporting.platforms.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.reporting.platforms.PlatformSummaries;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cross-country view of the registered platforms, for the ISU. */
@RestController
@RequestMapping("/api/v1/reports/platforms")
class PlatformReportController {

    static final String COUNTRY = "country";
    private static final Set<String> PARAMETERS = Set.of(COUNTRY);

    private final PlatformSummaries summaries;

    PlatformReportController(PlatformSummaries summaries) {
        this.summaries = summaries;
    }

    @GetMapping
    PlatformReport platforms(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
        caller.requireGlobal(GlobalRole.ISU_ANALYST, GlobalRole.OPERATOR);
        // A misspelt filter (?contry=KHM) would otherwise silently return every country.
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidInputException(name, "is not a parameter of this report; use " + PARAMETERS);
            }
        }
        List<PlatformRow> rows = summaries.list(country(parameters.get(COUNTRY))).stream()
                .map(PlatformRow::of)
                .toList();
        return new PlatformReport(rows, rows.size());
    }

    private static Optional<CountryCode> country(List<String> values) {
        if (values == null) {
            return Optional.empty();
        }
        if (values.size() != 1 || !CountryCode.isWellFormed(values.getFirst())) {
            throw new InvalidInputException(COUNTRY, "must be one ISO 3166-1 alpha-3 code in capitals, e.g. KHM");
        }
        return Optional.of(new CountryCode(values.getFirst()));
    }
}
