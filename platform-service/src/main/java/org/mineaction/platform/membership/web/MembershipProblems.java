package org.mineaction.platform.membership.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.mineaction.chassis.correlation.CorrelationId;
import org.mineaction.chassis.web.ProblemTypes;
import org.mineaction.platform.membership.domain.InvalidMemberException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Member data breaking several rules: one 400 problem listing every field, as the chassis does for bean validation. */
@RestControllerAdvice(basePackageClasses = MembershipProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MembershipProblems {

    @ExceptionHandler(InvalidMemberException.class)
    ResponseEntity<ProblemDetail> invalidMember(InvalidMemberException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setType(ProblemTypes.VALIDATION_FAILED);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
