package org.mineaction.platform.identity.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Keeps the authorization server's authorizations (pending authorization requests, codes, issued
 * tokens) in MongoDB instead of one instance's memory: a code issued by one instance can be
 * exchanged at another, survives a restart, and memory does not grow with every token issued.
 *
 * <p>The authorization is stored whole in its Java serialised form, read back through an allow-list
 * filter (only JDK, Spring Security and Nimbus classes); what it is looked up by (state, code and
 * token values) is stored as SHA-256 hashes. An authorization written by another Spring Security
 * version may not read back: it is then treated as absent and the person signs in again, which
 * costs little since codes live 5 minutes and access tokens 15. {@code expiresAt} lets MongoDB's
 * TTL index clean up; correctness never depends on it, the server checks every token's expiry.
 */
@Component
public class MongoAuthorizationService implements OAuth2AuthorizationService {

    static final String COLLECTION = "oauth2_authorizations";
    private static final Logger log = LoggerFactory.getLogger(MongoAuthorizationService.class);
    /** How long an authorization without any token (a pending request) is kept. */
    private static final Duration PENDING = Duration.ofHours(1);
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=40;maxrefs=10000;maxbytes=1048576;java.**;org.springframework.security.**;"
                    + "org.springframework.util.**;com.nimbusds.**;!*");

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAuthorizationService(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Document(COLLECTION)
    static class AuthorizationDocument {
        @Id
        String id;
        String registeredClientId;
        String principalName;
        String stateHash;
        String codeHash;
        String accessTokenHash;
        String refreshTokenHash;
        String idTokenHash;
        Instant expiresAt;
        byte[] serialized;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        AuthorizationDocument document = new AuthorizationDocument();
        document.id = authorization.getId();
        document.registeredClientId = authorization.getRegisteredClientId();
        document.principalName = authorization.getPrincipalName();
        document.stateHash = hash(authorization.getAttribute(OAuth2ParameterNames.STATE));
        document.codeHash = hash(value(authorization.getToken(OAuth2AuthorizationCode.class)));
        document.accessTokenHash = hash(value(authorization.getToken(OAuth2AccessToken.class)));
        document.refreshTokenHash = hash(value(authorization.getToken(OAuth2RefreshToken.class)));
        document.idTokenHash = hash(value(authorization.getToken(OidcIdToken.class)));
        document.expiresAt = expiry(authorization);
        document.serialized = serialize(authorization);
        mongo.save(document);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        Assert.notNull(authorization, "authorization cannot be null");
        mongo.remove(Query.query(Criteria.where("_id").is(authorization.getId())), AuthorizationDocument.class);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return read(mongo.findById(id, AuthorizationDocument.class));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Assert.hasText(token, "token cannot be empty");
        String hash = hash(token);
        Criteria criteria;
        if (tokenType == null) {
            criteria = new Criteria().orOperator(Criteria.where("stateHash").is(hash), Criteria.where("codeHash").is(hash),
                    Criteria.where("accessTokenHash").is(hash), Criteria.where("refreshTokenHash").is(hash),
                    Criteria.where("idTokenHash").is(hash));
        } else if (STATE.equals(tokenType)) {
            criteria = Criteria.where("stateHash").is(hash);
        } else if (CODE.equals(tokenType)) {
            criteria = Criteria.where("codeHash").is(hash);
        } else if (OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            criteria = Criteria.where("accessTokenHash").is(hash);
        } else if (OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)) {
            criteria = Criteria.where("refreshTokenHash").is(hash);
        } else if (ID_TOKEN.equals(tokenType)) {
            criteria = Criteria.where("idTokenHash").is(hash);
        } else {
            return null;
        }
        return read(mongo.findOne(Query.query(criteria), AuthorizationDocument.class));
    }

    private Instant expiry(OAuth2Authorization authorization) {
        List<Instant> expiries = new ArrayList<>();
        for (Class<? extends OAuth2Token> type : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OAuth2RefreshToken.class, OidcIdToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> token = authorization.getToken(type);
            if (token != null && token.getToken().getExpiresAt() != null) {
                expiries.add(token.getToken().getExpiresAt());
            }
        }
        return expiries.stream().max(Instant::compareTo).orElse(clock.instant().plus(PENDING));
    }

    private static String value(OAuth2Authorization.Token<? extends OAuth2Token> token) {
        return token == null ? null : token.getToken().getTokenValue();
    }

    private static String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] serialize(OAuth2Authorization authorization) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(authorization);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise an authorization", e);
        }
        return bytes.toByteArray();
    }

    private static OAuth2Authorization read(AuthorizationDocument document) {
        if (document == null || document.serialized == null) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(document.serialized))) {
            in.setObjectInputFilter(ALLOWED);
            return (OAuth2Authorization) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            log.warn("Authorization {} cannot be read back ({}); treating it as absent", document.id, e.toString());
            return null;
        }
    }
}
