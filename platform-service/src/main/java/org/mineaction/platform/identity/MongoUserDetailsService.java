package org.mineaction.platform.identity;

import java.util.ArrayList;
import java.util.List;
import org.mineaction.platform.identity.domain.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sign-in by e-mail against the accounts in MongoDB. An account without a password yet (invited,
 * not accepted) or disabled cannot sign in.
 */
@Component
class MongoUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    MongoUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByEmail(username)
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account can sign in with that e-mail"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        account.globalRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return User.withUsername(account.email()).password(account.passwordHash())
                .disabled(!account.enabled()).authorities(authorities).build();
    }
}
