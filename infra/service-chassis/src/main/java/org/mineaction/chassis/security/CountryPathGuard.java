package org.mineaction.chassis.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.mineaction.chassis.problem.ForbiddenException;
import org.mineaction.chassis.problem.NotFoundException;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The tenant floor under every controller: a path {@code /api/v1/platforms/{country}/**} is only
 * for callers holding a role in that country or a global role, whatever the controller then checks.
 * A controller that forgets its own check still cannot serve another country's data.
 */
final class CountryPathGuard implements HandlerInterceptor {

    private static final PathPattern COUNTRY_PATH = PathPatternParser.defaultInstance.parse("/api/v1/platforms/{country}/**");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PathPattern.PathMatchInfo match = COUNTRY_PATH.matchAndExtract(PathContainer.parsePath(request.getRequestURI()));
        if (match == null) {
            return true;
        }
        String country = match.getUriVariables().get("country");
        Optional<Caller> authenticated = CurrentCaller.get();
        if (authenticated.isEmpty()) {
            // The API chain let an anonymous request through: a public path with its own credential.
            return true;
        }
        Caller caller = authenticated.get();
        if (caller.belongsTo(country) || !caller.roles().isEmpty()) {
            return true;
        }
        if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            throw new NotFoundException("No platform " + country + " among yours");
        }
        throw new ForbiddenException("You hold no role on platform " + country);
    }
}
