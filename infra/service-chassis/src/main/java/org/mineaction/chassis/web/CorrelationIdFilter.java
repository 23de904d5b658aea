package org.mineaction.chassis.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mineaction.chassis.correlation.CorrelationId;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the caller's correlation id (or a new one) in the log context and echoes it back. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = CorrelationId.acceptOrCreate(request.getHeader(CorrelationId.HTTP_HEADER));
        CorrelationId.set(id);
        response.setHeader(CorrelationId.HTTP_HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            CorrelationId.clear();
        }
    }
}
