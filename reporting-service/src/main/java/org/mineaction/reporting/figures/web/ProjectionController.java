package org.mineaction.reporting.figures.web;

import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.GlobalRole;
import org.mineaction.reporting.figures.ProjectionGenerations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's view of the figures projection: which generation is live, how far behind it is,
 * and a rebuild from the beginning of the topics that switches over once caught up. OPERATOR only.
 */
@RestController
@RequestMapping("/api/v1/reports/projections")
class ProjectionController {

    private final ProjectionGenerations generations;

    ProjectionController(ProjectionGenerations generations) {
        this.generations = generations;
    }

    @GetMapping
    ProjectionGenerations.Status status(Caller caller) {
        caller.requireGlobal(GlobalRole.OPERATOR);
        return generations.status();
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ProjectionGenerations.Status rebuild(Caller caller) {
        caller.requireGlobal(GlobalRole.OPERATOR);
        return generations.rebuild();
    }
}
