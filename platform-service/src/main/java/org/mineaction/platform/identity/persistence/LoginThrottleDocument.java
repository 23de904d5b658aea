package org.mineaction.platform.identity.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mineaction.platform.identity.domain.LoginThrottle;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The failed sign-ins of one key ({@code account:<e-mail>} or {@code address:<ip>}), stored so a
 * lock survives restarts and holds on every instance.
 */
@Document(LoginThrottleDocument.COLLECTION)
public class LoginThrottleDocument {

    public static final String COLLECTION = "login_throttles";

    @Id
    private String key;
    private List<Instant> failures = new ArrayList<>();
    private Instant lockedUntil;
    @Version
    private Long version;

    protected LoginThrottleDocument() {
    }

    public static LoginThrottleDocument of(String key, LoginThrottle throttle, Long version) {
        LoginThrottleDocument document = new LoginThrottleDocument();
        document.key = key;
        document.failures = new ArrayList<>(throttle.failures());
        document.lockedUntil = throttle.lockedUntil();
        document.version = version;
        return document;
    }

    public LoginThrottle toThrottle() {
        return new LoginThrottle(failures, lockedUntil);
    }

    public Long version() {
        return version;
    }
}
