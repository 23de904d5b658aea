package org.mineaction.platform.identity.persistence;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface UserAccountRepository extends MongoRepository<UserAccountDocument, String> {

    Optional<UserAccountDocument> findByEmail(String email);

    Optional<UserAccountDocument> findByMemberId(String memberId);
}
