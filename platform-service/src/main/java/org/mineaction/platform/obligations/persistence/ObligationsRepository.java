package org.mineaction.platform.obligations.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ObligationsRepository extends MongoRepository<ObligationsDocument, String> {
}
