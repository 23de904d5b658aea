package org.mineaction.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment of each service process, exactly the variables docs/architecture.md gives it.
 * Children inherit the launcher's environment; these values are put on top. With external SMTP
 * the SMTP_* and MAIL_FROM variables are not set here, so the ones the user exported pass through.
 */
public final class ServiceEnvironment {

    public static final String SERVER_PORT = "SERVER_PORT";
    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String SMTP_HOST = "SMTP_HOST";
    public static final String SMTP_PORT = "SMTP_PORT";
    public static final String SMTP_USERNAME = "SMTP_USERNAME";
    public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
    public static final String MINEACTION_ISSUER = "MINEACTION_ISSUER";
    public static final String MINEACTION_JWKS_URI = "MINEACTION_JWKS_URI";
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String MINEACTION_JWK_PRIVATE_KEY = "MINEACTION_JWK_PRIVATE_KEY";

    /** User name the services log in with on the local GreenMail, which accepts any credentials. */
    public static final String LOCAL_SMTP_USERNAME = "platform-hub";
    /** Not a secret: the local GreenMail accepts any password; this only exercises the SMTP AUTH path. */
    public static final String LOCAL_SMTP_PASSWORD = "local-mode";

    /**
     * Where the infrastructure is, embedded or external.
     *
     * @param kafkaBootstrap bootstrap servers
     * @param mongoBaseUri   a connection string; each service gets it with its own database
     * @param smtp           the local mail server; empty when SMTP_HOST points elsewhere
     */
    public record Infrastructure(String kafkaBootstrap, String mongoBaseUri, Optional<Smtp> smtp) {
    }

    public record Smtp(String host, int port, String username, String password) {
    }

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(SuiteService service, PortPlan ports, Infrastructure infra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(SERVER_PORT, Integer.toString(ports.port(service)));
        // Tokens name the gateway (where people reach the suite) as issuer; everyone verifies them
        // with the keys platform-service publishes, whatever ports this run uses.
        String gateway = "http://localhost:" + ports.port(SuiteService.GATEWAY);
        env.put(MINEACTION_ISSUER, gateway);
        if (service != SuiteService.PLATFORM) {
            // platform-service verifies with the key it signs with.
            env.put(MINEACTION_JWKS_URI, "http://localhost:" + ports.port(SuiteService.PLATFORM) + "/oauth2/jwks");
        }
        if (service == SuiteService.GATEWAY) {
            for (SuiteService backend : SuiteService.backends()) {
                env.put(backend.urlEnvVar(), "http://localhost:" + ports.port(backend));
            }
            return env;
        }
        if (service != SuiteService.REPORTING) {
            // Links in messages (invitations, unsubscribe, RSVP) point at the gateway.
            env.put(PUBLIC_BASE_URL, gateway);
        }
        env.put(MONGODB_URI, MongoUris.withDatabase(infra.mongoBaseUri(), service.database().orElseThrow()));
        env.put(KAFKA_BOOTSTRAP_SERVERS, infra.kafkaBootstrap());
        if (service == SuiteService.NOTIFICATION) {
            infra.smtp().ifPresent(smtp -> {
                env.put(SMTP_HOST, smtp.host());
                env.put(SMTP_PORT, Integer.toString(smtp.port()));
                env.put(SMTP_USERNAME, smtp.username());
                env.put(SMTP_PASSWORD, smtp.password());
            });
        }
        return env;
    }
}
