package org.mineaction.reporting.figures.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;
import org.mineaction.reporting.figures.domain.Generation;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The one document that says which generation is live and which is being built. */
@Repository
public class ProjectionStateStore {

    /** The state as read: the live generation and, during a rebuild, the one being built. */
    public record State(Generation active, Optional<Generation> building, Instant buildingSince, Instant switchedAt) {
    }

    private final MongoTemplate mongo;

    ProjectionStateStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public State read() {
        ProjectionStateDocument d = mongo.findById(ProjectionStateDocument.FIGURES, ProjectionStateDocument.class);
        if (d == null) {
            return new State(Generation.FIRST, Optional.empty(), null, null);
        }
        return new State(new Generation(d.active()), Optional.ofNullable(d.building()).map(Generation::new),
                d.buildingSince(), d.switchedAt());
    }

    public void write(State state) {
        mongo.findAndReplace(query(where("_id").is(ProjectionStateDocument.FIGURES)),
                new ProjectionStateDocument(ProjectionStateDocument.FIGURES, state.active().number(),
                        state.building().map(Generation::number).orElse(null), state.buildingSince(),
                        state.switchedAt()),
                FindAndReplaceOptions.options().upsert());
    }
}
