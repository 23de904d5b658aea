package org.mineaction.platform.membership.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

/** Every query names the platform's country: a member of another country does not exist here. */
public interface MemberRepository extends MongoRepository<MemberDocument, String> {

    Optional<MemberDocument> findByIdAndCountry(String id, String country);

    Page<MemberDocument> findByCountry(String country, Pageable pageable);

    boolean existsByCountryAndEmailKey(String country, String emailKey);

    Optional<MemberDocument> findByCountryAndEmailKey(String country, String emailKey);

    @Query(value = "{ 'country': ?0, 'emailKey': { $in: ?1 } }", fields = "{ 'emailKey': 1 }")
    List<MemberDocument> findEmailKeysTaken(String country, Collection<String> emailKeys);

    boolean existsByCountryAndOrganisationId(String country, String organisationId);

    long countByCountry(String country);

    boolean existsByCountryAndRoleAndStatusIn(String country, org.mineaction.platform.membership.domain.PlatformRole role,
            Collection<org.mineaction.platform.membership.domain.MemberStatus> statuses);

    @Query(value = "{ 'country': ?0, 'status': { $in: ?1 } }", fields = "{ 'components': 1 }")
    List<MemberDocument> findComponentsByStatus(String country, Collection<String> statuses);

    /** The memberships of one person, by their lower-case address, on every platform. */
    List<MemberDocument> findByEmailKey(String emailKey);
}
