package org.mineaction.platform.identity;

import java.time.Clock;
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

    AccountService(UserAccountRepository accounts, InvitationStore invitations, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwords = passwords;
        this.clock = clock;
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
        CountryCode code = CountryCode.parse(country);
        change(memberId, email, UnaryOperator.identity());
        String token = InvitationTokens.newToken();
        invitations.insert(Invitation.issue(InvitationTokens.hash(token), memberId, email, code, role, clock.instant()));
        return token;
    }

    /**
     * Accepts an invitation once: checks it is unused and unexpired and the password acceptable,
     * marks it used (exactly one of two racing acceptances wins), then sets the password and grants
     * the role.
     */
    public UserAccount acceptInvitation(String token, String password) {
        String hash = InvitationTokens.hash(token == null ? "" : token);
        Invitation invitation = invitations.find(hash)
                .orElseThrow(() -> new NotFoundException("No such invitation"));
        Invitation accepted = invitation.accept(clock.instant());
        PasswordRules.check(password, invitation.email());
        if (!invitations.markAccepted(hash, accepted.acceptedAt())) {
            throw new Invitation.NotAcceptable(Invitation.Refusal.ALREADY_USED);
        }
        String encoded = passwords.encode(password);
        return change(invitation.memberId(), invitation.email(),
                account -> account.grant(invitation.country(), invitation.role()).activate(encoded));
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
                    if (account.memberId() != null && !account.memberId().equals(memberId)) {
                        throw new ConflictException("email-in-use", "Another member already signs in with this e-mail");
                    }
                    UserAccount changed = change.apply(new UserAccount(account.id(), account.email(),
                            account.passwordHash(), memberId, account.platformRoles(), account.globalRoles(),
                            account.enabled()));
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
