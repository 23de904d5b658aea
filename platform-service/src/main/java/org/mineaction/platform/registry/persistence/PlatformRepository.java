package org.mineaction.platform.registry.persistence;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PlatformRepository extends MongoRepository<PlatformDocument, String> {
}
