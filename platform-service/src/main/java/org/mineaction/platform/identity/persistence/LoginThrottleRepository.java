package org.mineaction.platform.identity.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface LoginThrottleRepository extends MongoRepository<LoginThrottleDocument, String> {
}
