package org.mineaction.platform.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.mineaction.chassis.domain.CountryCode;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.platform.identity.domain.GlobalRole;
import org.mineaction.platform.identity.domain.Invitation;
import org.mineaction.platform.identity.domain.InvitationTokens;
import org.mineaction.platform.identity.domain.PasswordRules;
import org.mineaction.platform.identity.domain.PlatformRole;
import org.mineaction.platform.identity.domain.UserAccount;
import org.mineaction.platform.identity.persistence.InvitationStore;
import org.mineaction.platform.identity.persistence.UserAccountDocument;
import org.mineaction.platform.identity.persistence.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts and what they may do: the application service other features (members) call to grant
 * and revoke platform roles, disable accounts and invite people. Every change is one document
 * write, retried when another instance changed the account in between.
 */
@Service
public class AccountService {

    private static final int ATTEMPTS = 5;

    private final UserAccountRepository accounts;
    private final InvitationStore invitations;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher published;

    AccountService(UserAccountRepository accounts, InvitationStore invitations, PasswordEncoder passwords, Clock clock,
            ApplicationEventPublisher published) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwords = passwords;
        this.clock = clock;
        this.published = published;
    }

    /** A fresh invitation: its token (the only copy, for the message that carries it) and when it expires. */
    public record IssuedInvitation(String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedInvitation[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    /**
     * Told, in the accepting thread, once an invitation was accepted and the account can sign in:
     * the member feature marks the member active.
     */
    public record InvitationAccepted(String memberId, String country) {
    }

    /** What the acceptance page shows about a token; empty when no invitation has it. */
    public Optional<Invitation> invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return invitations.find(InvitationTokens.hash(token));
    }

    public Optional<UserAccount> findByEmail(String email) {
        String normalised;
        try {
            normalised = UserAccount.normaliseEmail(email);
        } catch (RuntimeException notAnAddress) {
            return Optional.empty();
        }
        return accounts.findByEmail(normalised).map(UserAccountDocument::toAccount);
    }

    public Optional<UserAccount> findByMember(String memberId) {
        return accounts.findByMemberId(memberId).map(UserAccountDocument::toAccount);
    }

    /** Gives a member a role on a country's platform, creating their (not yet usable) account if needed. */
    public UserAccount grantPlatformRole(String memberId, String email, String country, PlatformRole role) {
        CountryCode code = CountryCode.parse(country);
        return change(memberId, email, account -> account.grant(code, role));
    }

    public UserAccount revokePlatformRole(String memberId, String country, PlatformRole role) {
        CountryCode code = CountryCode.parse(country);
        return changeExisting(memberId, account -> account.revoke(code, role));
    }

    /** The account can no longer sign in; tokens already issued run out within their lifetime. */
    public UserAccount disable(String memberId) {
        return changeExisting(memberId, UserAccount::disable);
    }

    /**
     * Issues an invitation to join {@code country}'s platform as {@code role} and returns its token:
     * the only copy, for the notification that carries it to the person. The role is granted when
     * the invitation is accepted.
     */
    public String issueInvitation(String memberId, String email, String country, PlatformRole role) {
        return invite(memberId, email, country, role).token();
    }

    /**
     * Invites (again): issues a new single-use invitation valid for {@link Invitation#VALIDITY} and
     * withdraws the member's earlier ones not yet accepted, so only the newest link works. A person
     * already holding an account (a member of another platform) keeps it and gains the role on acceptance.
     */
    public IssuedInvitation invite(String memberId, String email, String country, PlatformRole role) {
        CountryCode code = CountryCode.parse(country);
        change(memberId, email, true, UnaryOperator.identity());
        String token = InvitationTokens.newToken();
        Invitation invitation = Invitation.issue(InvitationTokens.hash(token), memberId, email, code, role,
                clock.instant());
        invitations.withdrawPending(memberId);
        invitations.insert(invitation);
        return new IssuedInvitation(token, invitation.expiresAt());
    }

    /** Withdraws the member's invitations not yet accepted (e.g. the member could not be stored after all). */
    public void withdrawInvitations(String memberId) {
        invitations.withdrawPending(memberId);
    }

    /**
     * Accepts an invitation once: checks it is unused and unexpired and the password acceptable,
     * claims it (exactly one of two racing acceptances wins), sets the password and grants the role,
     * has the member marked active, and only then uses the invitation up. Should anything fail on
     * the way the claim is given up; should the process die, the claim lapses after
     * {@link Invitation#CLAIM_LEASE}. Either way the same link works again and repeating the steps
     * changes nothing twice.
     */
    public UserAccount acceptInvitation(String token, String password) {
        String hash = InvitationTokens.hash(token == null ? "" : token);
        Invitation invitation = invitations.find(hash)
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        Invitation claimed = invitation.accept(clock.instant());
        PasswordRules.check(password, invitation.email());
        if (!invitations.claim(hash, invitation.claimedAt(), claimed.claimedAt())) {
            throw new Invitation.NotAcceptable(Invitation.Refusal.ALREADY_USED);
        }
        try {
            String encoded = passwords.encode(password);
            UserAccount account = change(invitation.memberId(), invitation.email(), true,
                    changing -> changing.grant(invitation.country(), invitation.role()).activate(encoded));
            published.publishEvent(new InvitationAccepted(invitation.memberId(), invitation.country().value()));
            invitations.markAccepted(hash, clock.instant());
            return account;
        } catch (RuntimeException failed) {
            invitations.release(hash, claimed.claimedAt());
            throw failed;
        }
    }

    /**
     * The person's role on a country's platform becomes exactly {@code role} (null: none), as their
     * membership there says; their other platforms and global roles stay. Nothing happens for a
     * person without an account.
     */
    public void setPlatformRole(String memberId, String email, String country, PlatformRole role) {
        CountryCode platform = CountryCode.parse(country);
        changeFound(memberId, email, account -> account.withPlatformRole(platform, role), false);
    }

    /**
     * Erasure on one platform: removes the member's invitations and the account's roles there. One
     * person's account serves every platform they belong to (found by member id, or by the address
     * for a membership that joined an existing account): it is deleted, address and all, only when
     * no other platform or global role remains, so erasure here never locks them out elsewhere.
     * Tokens name the person by a member id: when it was the erased membership's, it becomes
     * {@code successorMemberId} (a membership the person keeps; null: the account's own id).
     */
    public void forgetMember(String memberId, String email, String country, String successorMemberId) {
        invitations.removeAll(memberId);
        CountryCode platform = CountryCode.parse(country);
        changeFound(memberId, email, account -> {
            UserAccount remaining = account.leavePlatform(platform);
            return memberId.equals(remaining.memberId()) ? remaining.forMember(successorMemberId) : remaining;
        }, true);
    }

    /** Changes the account found by member id or address, retried on races; optionally deletes it when it holds nothing. */
    private void changeFound(String memberId, String email, UnaryOperator<UserAccount> change,
            boolean deleteWhenEmpty) {
        for (int attempt = 1; ; attempt++) {
            Optional<UserAccountDocument> existing = accounts.findByMemberId(memberId)
                    .or(() -> email == null ? Optional.empty() : accountByEmail(email));
            if (existing.isEmpty()) {
                return;
            }
            UserAccount changed = change.apply(existing.get().toAccount());
            try {
                if (deleteWhenEmpty && !changed.holdsAnyRole()) {
                    accounts.delete(existing.get());
                } else {
                    accounts.save(UserAccountDocument.of(changed, existing.get().version()));
                }
                return;
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Optional<UserAccountDocument> accountByEmail(String email) {
        try {
            return accounts.findByEmail(UserAccount.normaliseEmail(email));
        } catch (RuntimeException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Creates the operator account when no account has that e-mail; returns whether it did. */
    boolean createOperatorIfAbsent(String email, String password) {
        String normalised = UserAccount.normaliseEmail(email);
        if (accounts.findByEmail(normalised).isPresent()) {
            return false;
        }
        PasswordRules.check(password, normalised);
        UserAccount operator = UserAccount.invited(UUID.randomUUID().toString(), normalised, null)
                .withGlobalRole(GlobalRole.OPERATOR).activate(passwords.encode(password));
        try {
            accounts.insert(UserAccountDocument.of(operator, null));
            return true;
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return false;
        }
    }

    private UserAccount change(String memberId, String email, UnaryOperator<UserAccount> change) {
        return change(memberId, email, false, change);
    }

    /**
     * @param samePerson true when the e-mail address identifies the person across platforms (an
     *                   invitation): an account of another member with that address is then the same
     *                   person's, keeps its member id and gains the role; false refuses it (409)
     */
    private UserAccount change(String memberId, String email, boolean samePerson, UnaryOperator<UserAccount> change) {
        if (memberId == null || memberId.isBlank()) {
            throw new IllegalArgumentException("a member id is required");
        }
        String normalised = UserAccount.normaliseEmail(email);
        for (int attempt = 1; ; attempt++) {
            Optional<UserAccountDocument> existing = accounts.findByMemberId(memberId)
                    .or(() -> accounts.findByEmail(normalised));
            try {
                if (existing.isPresent()) {
                    UserAccount account = existing.get().toAccount();
                    boolean otherMember = account.memberId() != null && !account.memberId().equals(memberId);
                    if (otherMember && !samePerson) {
                        throw new ConflictException("email-in-use", "Another member already signs in with this e-mail");
                    }
                    UserAccount changed = change.apply(new UserAccount(account.id(), account.email(),
                            account.passwordHash(), otherMember ? account.memberId() : memberId,
                            account.platformRoles(), account.globalRoles(), account.enabled()));
                    return accounts.save(UserAccountDocument.of(changed, existing.get().version())).toAccount();
                }
                UserAccount created = change.apply(UserAccount.invited(UUID.randomUUID().toString(), normalised, memberId));
                return accounts.insert(UserAccountDocument.of(created, null)).toAccount();
            } catch (OptimisticLockingFailureException | DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private UserAccount changeExisting(String memberId, UnaryOperator<UserAccount> change) {
        for (int attempt = 1; ; attempt++) {
            UserAccountDocument existing = accounts.findByMemberId(memberId)
                    .orElseThrow(() -> new NotFoundException("No account for member " + memberId));
            try {
                return accounts.save(UserAccountDocument.of(change.apply(existing.toAccount()), existing.version()))
                        .toAccount();
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
