package org.mineaction.notification.unsubscribe;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.mineaction.notification.unsubscribe.domain.Category;
import org.mineaction.notification.unsubscribe.domain.UnsubscribeLinks;
import org.mineaction.notification.unsubscribe.domain.UnsubscribeToken;
import org.mineaction.notification.unsubscribe.persistence.OptOutStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Members' opt-outs per category: the links put in e-mails, the one-click unsubscribe, and the check before sending. */
@Service
public class Unsubscribes {

    private static final Logger log = LoggerFactory.getLogger(Unsubscribes.class);
    public static final String PATH = "/api/v1/notifications/unsubscribe/";

    private final OptOutStore store;
    private final UnsubscribeToken tokens;
    private final UnsubscribeProperties properties;
    private final Clock clock;

    Unsubscribes(OptOutStore store, UnsubscribeProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        String secret = properties.secret();
        if (secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = Base64.getEncoder().encodeToString(random);
            log.warn("No UNSUBSCRIBE_SECRET set: unsubscribe links work only until this instance restarts");
        }
        this.tokens = new UnsubscribeToken(secret);
    }

    /** The unsubscribe links of a message to a member; empty for critical (transactional) categories. */
    public Optional<UnsubscribeLinks> linksFor(String memberId, String category) {
        if (memberId == null || !Category.canOptOut(category)) {
            return Optional.empty();
        }
        String token = tokens.issue(new UnsubscribeToken.Subject(memberId, category));
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl().substring(0,
                properties.baseUrl().length() - 1) : properties.baseUrl();
        return Optional.of(new UnsubscribeLinks(base + PATH + token,
                "mailto:" + properties.mailbox() + "?subject=unsubscribe%20" + token));
    }

    /** Whether the member opted out of the category; never for a critical one. */
    public boolean optedOut(String memberId, String category) {
        return memberId != null && Category.canOptOut(category) && store.isOptedOut(memberId, category);
    }

    /**
     * For a batch of messages, as {@code memberId -> category}: those (as {@code memberId|category})
     * whose member opted out of the category. One query for the batch.
     */
    public java.util.Set<String> optedOut(java.util.Collection<java.util.Map.Entry<String, String>> memberCategories) {
        java.util.List<String> pairs = memberCategories.stream()
                .filter(pair -> pair.getKey() != null && Category.canOptOut(pair.getValue()))
                .map(pair -> OptOutStore.id(pair.getKey(), pair.getValue())).distinct().toList();
        return store.optedOutAmong(pairs);
    }

    /** The key of {@link #optedOut(java.util.Collection)}'s answer. */
    public static String pair(String memberId, String category) {
        return OptOutStore.id(memberId, category);
    }

    /** What came of an unsubscribe request. */
    public enum Outcome { UNSUBSCRIBED, INVALID_TOKEN, CRITICAL_CATEGORY }

    public Outcome unsubscribe(String token) {
        Optional<UnsubscribeToken.Subject> subject = tokens.verify(token);
        if (subject.isEmpty()) {
            return Outcome.INVALID_TOKEN;
        }
        if (!Category.canOptOut(subject.get().category())) {
            return Outcome.CRITICAL_CATEGORY;
        }
        if (store.optOut(subject.get().memberId(), subject.get().category(), clock.instant())) {
            log.info("Member {} opted out of {}", subject.get().memberId(), subject.get().category());
        }
        return Outcome.UNSUBSCRIBED;
    }
}
