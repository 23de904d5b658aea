package org.mineaction.platform.governance.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CompositionRepository extends MongoRepository<CompositionDocument, String> {
}
