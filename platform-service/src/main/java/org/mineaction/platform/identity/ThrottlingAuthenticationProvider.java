package org.mineaction.platform.identity;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Form sign-in with the throttle around it: a locked account or address fails before its
 * password is even checked; every failure is counted; a success clears the account's count.
 * Every failure reads the same to the person signing in, so nothing tells whether an account
 * exists or is disabled.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "Wrong e-mail or password";
    static final String LOCKED = "Too many failed sign-ins: try again in 15 minutes";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottling throttling;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottling throttling) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttling = throttling;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (throttling.isLocked(account, address)) {
            throw new LockedException(LOCKED);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttling.succeeded(account);
            return result;
        } catch (BadCredentialsException | AccountStatusException failed) {
            throttling.failed(account, address);
            throw new BadCredentialsException(BAD_CREDENTIALS, failed);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
