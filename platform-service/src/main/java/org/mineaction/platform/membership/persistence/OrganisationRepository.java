package org.mineaction.platform.membership.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every query names the platform's country: an organisation of another country does not exist here. */
public interface OrganisationRepository extends MongoRepository<OrganisationDocument, String> {

    Optional<OrganisationDocument> findByIdAndCountry(String id, String country);

    Page<OrganisationDocument> findByCountry(String country, Pageable pageable);

    List<OrganisationDocument> findByCountryAndIdIn(String country, Collection<String> ids);

    List<OrganisationDocument> findByCountryAndNameKeyIn(String country, Collection<String> nameKeys);

    boolean existsByCountryAndNameKey(String country, String nameKey);
}
