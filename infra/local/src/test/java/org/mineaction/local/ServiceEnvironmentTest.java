package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private static final ServiceEnvironment.Infrastructure LOCAL = new ServiceEnvironment.Infrastructure(
            "localhost:9092", "mongodb://localhost:27017/",
            Optional.of(new ServiceEnvironment.Smtp("localhost", 3025, "platform-hub", "local-mode")));

    @Test
    void gatewayGetsItsPortAndTheUrlOfEveryBackend() {
        Map<String, String> env = ServiceEnvironment.of(SuiteService.GATEWAY, PortPlan.defaults(), LOCAL);

        assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of(
                "SERVER_PORT", "8080",
                "PLATFORM_SERVICE_URL", "http://localhost:8081",
                "MEETING_SERVICE_URL", "http://localhost:8082",
                "REPORTING_SERVICE_URL", "http://localhost:8083",
                "NOTIFICATION_SERVICE_URL", "http://localhost:8084",
                "MINEACTION_ISSUER", "http://localhost:8080",
                "MINEACTION_JWKS_URI", "http://localhost:8081/oauth2/jwks"));
    }

    @Test
    void eachBackendGetsItsOwnDatabaseAndTheBroker() {
        assertThat(ServiceEnvironment.of(SuiteService.PLATFORM, PortPlan.defaults(), LOCAL))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "SERVER_PORT", "8081",
                        "MONGODB_URI", "mongodb://localhost:27017/platform",
                        "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
                        "PUBLIC_BASE_URL", "http://localhost:8080",
                        "MINEACTION_ISSUER", "http://localhost:8080"));
        assertThat(ServiceEnvironment.of(SuiteService.MEETING, PortPlan.defaults(), LOCAL))
                .containsEntry("MONGODB_URI", "mongodb://localhost:27017/meeting");
        assertThat(ServiceEnvironment.of(SuiteService.REPORTING, PortPlan.defaults(), LOCAL))
                .containsEntry("MONGODB_URI", "mongodb://localhost:27017/reporting")
                .doesNotContainKey("SMTP_HOST");
    }

    @Test
    void notificationServiceAlsoGetsTheLocalMailServer() {
        assertThat(ServiceEnvironment.of(SuiteService.NOTIFICATION, PortPlan.defaults(), LOCAL))
                .containsAllEntriesOf(Map.of(
                        "SERVER_PORT", "8084",
                        "MONGODB_URI", "mongodb://localhost:27017/notification",
                        "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
                        "SMTP_HOST", "localhost",
                        "SMTP_PORT", "3025",
                        "SMTP_USERNAME", "platform-hub",
                        "SMTP_PASSWORD", "local-mode"));
    }

    @Test
    void withExternalSmtpTheUsersSmtpVariablesPassThroughUntouched() {
        var external = new ServiceEnvironment.Infrastructure("k:9092", "mongodb://m/", Optional.empty());
        assertThat(ServiceEnvironment.of(SuiteService.NOTIFICATION, PortPlan.defaults(), external))
                .containsOnlyKeys("SERVER_PORT", "MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS", "PUBLIC_BASE_URL",
                        "MINEACTION_ISSUER", "MINEACTION_JWKS_URI");
    }

    @Test
    void randomPortsAreWiredConsistently() {
        PortPlan ports = PortPlan.randomFree();
        Map<String, String> gateway = ServiceEnvironment.of(SuiteService.GATEWAY, ports, LOCAL);
        assertThat(gateway.get("PLATFORM_SERVICE_URL")).isEqualTo("http://localhost:" + ports.port(SuiteService.PLATFORM));
        assertThat(gateway.get("SERVER_PORT")).isEqualTo(Integer.toString(ports.port(SuiteService.GATEWAY)));
        // Tokens name the gateway of this run as issuer; keys come from this run's platform-service.
        Map<String, String> meeting = ServiceEnvironment.of(SuiteService.MEETING, ports, LOCAL);
        assertThat(meeting.get("MINEACTION_ISSUER")).isEqualTo("http://localhost:" + ports.port(SuiteService.GATEWAY));
        assertThat(meeting.get("MINEACTION_JWKS_URI"))
                .isEqualTo("http://localhost:" + ports.port(SuiteService.PLATFORM) + "/oauth2/jwks");
    }

    @Test
    void everyVariableSetIsOneTheArchitectureDocumentsForThatProcess() {
        var documented = ArchitectureDoc.processes();
        for (SuiteService service : SuiteService.values()) {
            var process = documented.get(service.module());
            assertThat(process).as(service.module() + " in docs/architecture.md").isNotNull();
            assertThat(process.port()).as(service.module() + " port").isEqualTo(service.defaultPort());
            assertThat(process.database()).as(service.module() + " database").isEqualTo(service.database().orElse(""));
            assertThat(process.envVars()).as(service.module() + " env vars")
                    .containsAll(ServiceEnvironment.of(service, PortPlan.defaults(), LOCAL).keySet());
        }
    }

    @Test
    void mongoUriGetsTheServiceDatabaseAndKeepsOptions() {
        assertThat(MongoUris.withDatabase("mongodb://localhost:27017", "platform"))
                .isEqualTo("mongodb://localhost:27017/platform");
        assertThat(MongoUris.withDatabase("mongodb://localhost:27017/", "platform"))
                .isEqualTo("mongodb://localhost:27017/platform");
        assertThat(MongoUris.withDatabase("mongodb://a:1,b:2/other?replicaSet=rs0&w=majority", "meeting"))
                .isEqualTo("mongodb://a:1,b:2/meeting?replicaSet=rs0&w=majority");
        assertThat(MongoUris.withDatabase("mongodb+srv://cluster.example.org/?retryWrites=true", "reporting"))
                .isEqualTo("mongodb+srv://cluster.example.org/reporting?retryWrites=true");
    }

    @Test
    void theDatabaseOfAUriWithCredentialsStaysTheAuthenticationDatabase() {
        assertThat(MongoUris.withDatabase("mongodb://hub:s3cret@db:27017/admin?replicaSet=rs0", "platform"))
                .isEqualTo("mongodb://hub:s3cret@db:27017/platform?replicaSet=rs0&authSource=admin");
        assertThat(MongoUris.withDatabase("mongodb://hub:s3cret@db:27017/admin?authSource=users", "platform"))
                .isEqualTo("mongodb://hub:s3cret@db:27017/platform?authSource=users");
        assertThat(MongoUris.withDatabase("mongodb://hub:p%2Fw@db/", "platform"))
                .isEqualTo("mongodb://hub:p%2Fw@db/platform");
    }

    @Test
    void badMongoUrisAreRefusedWithoutLeakingThePassword() {
        assertThatThrownBy(() -> MongoUris.withDatabase("postgres://u:pw@h/x", "platform"))
                .hasMessageContaining("mongodb://")
                .hasMessageNotContaining(":pw@");
        assertThatThrownBy(() -> MongoUris.withDatabase("mongodb:///x", "platform"))
                .hasMessageContaining("no host");
        assertThat(MongoUris.redact("mongodb://hub:s3cret@db:27017/admin")).isEqualTo("mongodb://hub:****@db:27017/admin");
    }
}
