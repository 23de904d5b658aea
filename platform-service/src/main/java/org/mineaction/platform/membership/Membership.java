package org.mineaction.platform.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.mineaction.catalogue.EventCatalogue.Topics;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.platform.identity.AccountService;
import org.mineaction.platform.membership.domain.Consent;
import org.mineaction.platform.membership.domain.EmailAddress;
import org.mineaction.platform.membership.domain.FieldProblem;
import org.mineaction.platform.membership.domain.InvalidMemberException;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberProfile;
import org.mineaction.platform.membership.domain.MemberStatus;
import org.mineaction.platform.membership.domain.Organisation;
import org.mineaction.platform.membership.domain.PlatformComponent;
import org.mineaction.platform.membership.domain.NotificationPreferences;
import org.mineaction.platform.membership.domain.PlatformContext;
import org.mineaction.platform.membership.domain.QuietHours;
import org.mineaction.platform.membership.domain.PlatformRole;
import org.mineaction.platform.membership.messaging.MemberEvents;
import org.mineaction.platform.membership.messaging.OrganisationEvents;
import org.mineaction.platform.membership.persistence.MemberDocument;
import org.mineaction.platform.membership.persistence.MemberRepository;
import org.mineaction.platform.membership.persistence.MemberStore;
import org.mineaction.platform.membership.persistence.OrganisationDocument;
import org.mineaction.platform.membership.persistence.OrganisationRepository;
import org.mineaction.platform.registry.OrganisationDirectory;
import org.mineaction.platform.registry.PlatformRegistry;
import org.mineaction.platform.support.persistence.OptimisticLocking;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.mineaction.platform.registry.domain.Platform;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who belongs to a country's platform: its organisations and members. Every operation is scoped
 * by the country of the request; a member or organisation of another country is not found.
 */
@Service
public class Membership implements OrganisationDirectory {

    private final PlatformRegistry platforms;
    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final MemberStore store;
    private final MemberEvents events;
    private final OrganisationEvents organisationEvents;
    private final OutboxWrites writes;
    private final AccountService accounts;
    private final Clock clock;

    Membership(PlatformRegistry platforms, OrganisationRepository organisations, MemberRepository members,
            MemberStore store, MemberEvents events, OrganisationEvents organisationEvents, OutboxWrites writes,
            AccountService accounts, Clock clock) {
        this.organisationEvents = organisationEvents;
        this.writes = writes;
        this.platforms = platforms;
        this.organisations = organisations;
        this.members = members;
        this.store = store;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The platform a request addresses; 404 when the country has none. */
    public PlatformContext platform(String country) {
        Platform platform = platforms.get(country);
        return new PlatformContext(platform.country(), platform.languages().primary(), platform.timeZone());
    }

    // --- organisations -------------------------------------------------------------------------

    public Organisation createOrganisation(String country, String name, String category, String countryOfOrigin) {
        CountryCode platform = platform(country).country();
        Organisation organisation = Organisation.create(platform, name, category, countryOfOrigin, clock.instant());
        try {
            organisations.insert(newOrganisation(organisation));
        } catch (DuplicateKeyException e) {
            throw duplicateOrganisation(organisation.name());
        }
        writes.nudge();
        return organisation(platform, organisation.id());
    }

    /** A new organisation as stored, with the event announcing it (for the import too). */
    OrganisationDocument newOrganisation(Organisation organisation) {
        return OrganisationDocument.of(organisation, organisationEvents.registered(organisation, organisation.createdAt()));
    }

    public PageOf<Organisation> organisations(String country, int page, int size) {
        CountryCode platform = platform(country).country();
        Page<OrganisationDocument> found = organisations.findByCountry(platform.value(),
                PageRequest.of(page(page), size(size), Sort.by("nameKey", "_id")));
        return new PageOf<>(found.map(OrganisationDocument::toOrganisation).toList(), page, size,
                found.getTotalElements());
    }

    public Organisation organisation(String country, String id) {
        return organisation(platform(country).country(), id);
    }

    public Organisation updateOrganisation(String country, String id, Long version, String name, String category,
            String countryOfOrigin) {
        CountryCode platform = platform(country).country();
        Organisation current = organisation(platform, id);
        requireVersion(version, current.version());
        Organisation changed = current.renamed(name, category, countryOfOrigin);
        if (changed.equals(current)) {
            return current;
        }
        try {
            writes.update(changed.id(), current.version(), OrganisationDocument.of(changed),
                    organisationEvents.updated(changed, current.version() + 1, clock.instant()), null);
        } catch (DuplicateKeyException e) {
            throw duplicateOrganisation(changed.name());
        }
        return organisation(platform, id);
    }

    @Override
    public boolean takesPart(CountryCode country, String organisationId) {
        return organisations.findByIdAndCountry(organisationId, country.value()).isPresent();
    }

    /**
     * Removes an organisation nobody belongs to; one with members, or leading the platform or
     * running its secretariat, stays.
     */
    public void removeOrganisation(String country, String id) {
        CountryCode platform = platform(country).country();
        Organisation organisation = organisation(platform, id);
        if (platforms.get(platform.value()).namedOrganisations().contains(organisation.id())) {
            throw new ConflictException("organisation-in-use",
                    "The organisation leads the platform or runs its secretariat; name another in the settings first");
        }
        if (members.existsByCountryAndOrganisationId(platform.value(), organisation.id())) {
            throw new ConflictException("organisation-has-members",
                    "The organisation still has members; move or remove them first");
        }
        organisations.deleteById(organisation.id());
    }

    // --- members -------------------------------------------------------------------------------

    /** Invites a new member; the invitation goes out through the delivery event. */
    public Member invite(String country, MemberProfile.Draft draft, String consentTextVersion) {
        PlatformContext platform = platform(country);
        MemberProfile profile = MemberProfile.validate(draft, platform);
        Organisation organisation = organisationOfMember(platform.country(), profile.organisationId());
        Instant now = clock.instant();
        Member member = Member.invite(platform.country(), profile, consent(consentTextVersion, now), now);
        if (members.existsByCountryAndEmailKey(platform.country().value(), profile.email().key())) {
            throw duplicateEmail();
        }
        List<OutboxMessage> outbox = new ArrayList<>(events.joined(member, organisation));
        outbox.add(invitation(member, now));
        try {
            members.insert(MemberDocument.of(member, outbox));
        } catch (DuplicateKeyException e) {
            accounts.withdrawInvitations(member.id());
            throw duplicateEmail();
        }
        return member(platform.country(), member.id());
    }

    /**
     * Issues the member's invitation (14 days, single use; earlier ones stop working) and returns
     * the delivery event that carries its link, for the member's outbox.
     */
    OutboxMessage invitation(Member member, Instant now) {
        AccountService.IssuedInvitation issued = accounts.invite(member.id(), member.profile().email().value(),
                member.country().value(),
                org.mineaction.platform.identity.domain.PlatformRole.valueOf(member.profile().role().name()));
        return events.invited(member, platforms.get(member.country().value()).name(), issued.token(),
                issued.expiresAt(), now);
    }

    /** Withdraws what {@link #invitation} issued for a member that could not be stored after all. */
    void withdrawInvitation(String memberId) {
        accounts.withdrawInvitations(memberId);
    }

    /**
     * Sends an invited member a new invitation; the link sent before stops working. Only a member
     * still INVITED can be invited again (409 otherwise).
     */
    public Member reinvite(String country, String id) {
        CountryCode platform = platform(country).country();
        Member current = member(platform, id);
        if (current.status() != MemberStatus.INVITED) {
            throw new ConflictException("member-not-invited",
                    "Only a member who has not accepted yet can be invited again; this one is " + current.status());
        }
        store.update(current, List.of(invitation(current, clock.instant())), null);
        return member(platform, id);
    }

    public PageOf<Member> members(String country, int page, int size) {
        CountryCode platform = platform(country).country();
        Page<MemberDocument> found = members.findByCountry(platform.value(),
                PageRequest.of(page(page), size(size), Sort.by("invitedAt", "_id")));
        return new PageOf<>(found.map(MemberDocument::toMember).toList(), page, size, found.getTotalElements());
    }

    public Member member(String country, String id) {
        return member(platform(country).country(), id);
    }

    /** Whether someone is invited or active as the platform's lead. */
    public boolean hasCurrentLead(String country) {
        return members.existsByCountryAndRoleAndStatusIn(platform(country).country().value(), PlatformRole.LEAD,
                List.of(MemberStatus.INVITED, MemberStatus.ACTIVE));
    }

    /** The components of every member still on the platform (invited or active), by member id. */
    public Map<String, Set<PlatformComponent>> componentsOfCurrentMembers(String country) {
        CountryCode platform = platform(country).country();
        Map<String, Set<PlatformComponent>> components = new TreeMap<>();
        for (MemberDocument document : members.findComponentsByStatus(platform.value(),
                List.of(MemberStatus.INVITED.name(), MemberStatus.ACTIVE.name()))) {
            components.put(document.id(), document.components());
        }
        return components;
    }

    /** Places a member in exactly these components (the lead's composition); the same ones change nothing. */
    public Member assignComponents(String country, String id, Set<PlatformComponent> components) {
        CountryCode platform = platform(country).country();
        return change(platform, id, null,
                current -> current.update(current.profile().withComponents(components), null, clock.instant()),
                member -> events.updated(member, organisationOrNull(platform, member)), null);
    }

    /**
     * Replaces a member's editable data, provided nobody changed the member since {@code version} was
     * read (409 otherwise).
     */
    public Member update(String country, String id, Long version, MemberProfile.Draft draft,
            String consentTextVersion) {
        PlatformContext platform = platform(country);
        // A member of another platform is not found, whatever the body says.
        Long storedVersion = member(platform.country(), id).version();
        MemberProfile profile = MemberProfile.validate(draft, platform);
        Organisation organisation = organisationOfMember(platform.country(), profile.organisationId());
        requireVersion(version, storedVersion);
        Member before = member(platform.country(), id);
        if (before.profile().role() != profile.role()) {
            // Privileges go first: a crash after this leaves the person with less access, never more.
            signInRole(before, null);
        }
        // Quiet hours are the member's own choice (/me): an edit by the lead keeps them.
        Member updated = change(platform.country(), id, version, current -> current.update(
                profile.withPreferences(profile.preferences().withQuietHours(current.profile().preferences().quietHours())),
                consent(consentTextVersion, clock.instant()), clock.instant()),
                member -> events.updated(member, organisation), null);
        signInRole(updated, updated.profile().role());
        return updated;
    }

    /**
     * What the person may do on this platform when they sign in follows their membership: their
     * role while active, nothing otherwise (an invited member gains it on acceptance).
     */
    private void signInRole(Member member, PlatformRole role) {
        if (member.profile().email() == null) {
            return;
        }
        boolean holds = role != null && member.status() == MemberStatus.ACTIVE;
        accounts.setPlatformRole(member.id(), member.profile().email().value(), member.country().value(),
                holds ? org.mineaction.platform.identity.domain.PlatformRole.valueOf(role.name()) : null);
    }

    /**
     * Replaces the member's notification choices and quiet hours (their own edit), provided nobody
     * changed the member since {@code version} was read.
     */
    public Member updatePreferences(String country, String id, Long version, Map<String, List<String>> chosen,
            QuietHours quietHours) {
        PlatformContext platform = platform(country);
        Member current = member(platform.country(), id);
        MemberProfile.Draft draft = new MemberProfile.Draft(current.profile().name(), current.profile().organisationId(),
                current.profile().role().name(), current.profile().components().stream().map(Enum::name).toList(),
                current.profile().email().value(), current.profile().phone() == null ? null
                        : current.profile().phone().e164(), current.profile().language().code(),
                current.profile().timeZone().getId(), chosen, null, null, null, null);
        NotificationPreferences preferences = MemberProfile.validate(draft, platform).preferences()
                .withQuietHours(quietHours);
        requireVersion(version, current.version());
        Organisation organisation = organisationOrNull(platform.country(), current);
        return change(platform.country(), id, version, member -> member.update(
                member.profile().withPreferences(preferences), null, clock.instant()),
                member -> events.updated(member, organisation), null);
    }

    /**
     * The member accepted the invitation (for the identity provider, once they set their password);
     * accepting twice changes nothing and tells nobody again.
     */
    public Member activate(String country, String id) {
        CountryCode platform = platform(country).country();
        Member active = change(platform, id, null, current -> current.activate(clock.instant()),
                member -> events.updated(member, organisationOrNull(platform, member)), null);
        // The member's role now, which the lead may have changed since the invitation was sent.
        signInRole(active, active.profile().role());
        return active;
    }

    /**
     * Marks the member of an accepted invitation active; an invitation issued for no member of this
     * service (an operator's, say) changes nothing here.
     */
    @EventListener
    void on(AccountService.InvitationAccepted accepted) {
        invitationAccepted(accepted.country(), accepted.memberId());
    }

    public void invitationAccepted(String country, String id) {
        CountryCode platform = CountryCode.parse(country);
        if (members.findByIdAndCountry(id, platform.value()).isPresent()) {
            activate(platform.value(), id);
        }
    }

    /** The member of the platform with that e-mail address, in any letter case (for the identity provider). */
    public Optional<Member> memberByEmail(String country, String email) {
        CountryCode platform = platform(country).country();
        String key;
        try {
            key = new EmailAddress(email).key();
        } catch (InvalidInputException notAnAddress) {
            return Optional.empty();
        }
        return members.findByCountryAndEmailKey(platform.value(), key).map(MemberDocument::toMember);
    }

    /** The member leaves the platform; leaving twice changes nothing and tells nobody again. */
    public Member leave(String country, String id) {
        CountryCode platform = platform(country).country();
        Member before = member(platform, id);
        if (!before.isErased()) {
            // Before the member is marked: a crash in between leaves no access behind, and leaving again finishes.
            signInRole(before, null);
            withdrawInvitation(before.id());
        }
        return change(platform, id, null, current -> current.leave(clock.instant()),
                member -> events.left(member, organisationOrNull(platform, member)), null);
    }

    /**
     * Erases the member's personal data and tells every service to do the same. Contact data still
     * waiting to be delivered is dropped with it.
     */
    public Member erase(String country, String id) {
        CountryCode platform = platform(country).country();
        // The address finds the sign-in of a person who joined this platform with an existing account.
        Member before = member(platform, id);
        String email = before.profile() == null || before.profile().email() == null ? null
                : before.profile().email().value();
        // The person's membership elsewhere, whose id their tokens carry from now on.
        String successor = email == null ? null : members.findByEmailKey(before.profile().email().key()).stream()
                .map(MemberDocument::toMember)
                .filter(other -> !other.id().equals(id) && !other.isErased() && other.status() != MemberStatus.LEFT)
                .sorted(java.util.Comparator.comparing((Member other) -> other.status() != MemberStatus.ACTIVE)
                        .thenComparing(Member::invitedAt))
                .map(Member::id).findFirst().orElse(null);
        Member erased = change(platform, id, null, current -> current.erase(clock.instant()),
                member -> events.erased(member, organisationOrNull(platform, member)), Topics.PLATFORM_DELIVERY);
        // After the member: should this fail, erasing again repeats it (the member part changes nothing).
        accounts.forgetMember(erased.id(), email, platform.value(), successor);
        return erased;
    }

    public MemberExport export(String country, String id) {
        CountryCode platform = platform(country).country();
        Member member = member(platform, id);
        return new MemberExport(member, organisationOrNull(platform, member), clock.instant());
    }

    // --- internals -----------------------------------------------------------------------------

    private Member change(CountryCode platform, String id, Long version, UnaryOperator<Member> rule,
            Function<Member, List<OutboxMessage>> eventsOf, String dropPendingTopic) {
        Member current = member(platform, id);
        if (version != null) {
            requireVersion(version, current.version());
        }
        Member changed = rule.apply(current);
        if (changed.equals(current)) {
            return current;
        }
        try {
            store.update(changed, eventsOf.apply(changed), dropPendingTopic);
        } catch (DuplicateKeyException e) {
            throw duplicateEmail();
        }
        return member(platform, id);
    }

    private static void requireVersion(Long asked, Long current) {
        OptimisticLocking.require(asked, current);
    }

    private Member member(CountryCode platform, String id) {
        return members.findByIdAndCountry(id, platform.value()).map(MemberDocument::toMember)
                .orElseThrow(this::memberNotFound);
    }

    private Organisation organisation(CountryCode platform, String id) {
        return organisations.findByIdAndCountry(id, platform.value()).map(OrganisationDocument::toOrganisation)
                .orElseThrow(() -> new NotFoundException("No such organisation on this platform"));
    }

    private Organisation organisationOfMember(CountryCode platform, String organisationId) {
        return organisations.findByIdAndCountry(organisationId, platform.value())
                .map(OrganisationDocument::toOrganisation)
                .orElseThrow(() -> new InvalidMemberException(List.of(
                        new FieldProblem("organisationId", "names no organisation of this platform"))));
    }

    private Organisation organisationOrNull(CountryCode platform, Member member) {
        return organisations.findByIdAndCountry(member.profile().organisationId(), platform.value())
                .map(OrganisationDocument::toOrganisation).orElse(null);
    }

    private static Consent consent(String textVersion, Instant now) {
        return textVersion == null || textVersion.isBlank() ? null : new Consent(now, textVersion.strip());
    }

    private NotFoundException memberNotFound() {
        return new NotFoundException("No such member on this platform");
    }

    private static ConflictException duplicateEmail() {
        return new ConflictException("duplicate-member-email",
                "A member of this platform already has that e-mail address");
    }

    private static ConflictException duplicateOrganisation(String name) {
        return new ConflictException("duplicate-organisation",
                "An organisation named '" + name + "' already takes part in this platform");
    }

    static int page(int page) {
        if (page < 0 || page > 100_000) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        return page;
    }

    static int size(int size) {
        if (size < 1 || size > PageOf.MAX_SIZE) {
            throw new InvalidInputException("size", "must be 1 to " + PageOf.MAX_SIZE);
        }
        return size;
    }
}
