package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * infra/compose.yaml cannot run here (no Docker), so this checks what can be checked without it:
 * against docs/architecture.md (services, ports, env var names, databases), against what each
 * service really reads (the {@code ${NAME}} placeholders of its configuration: a variable it does
 * not read is a typo or a stale setting), and against infra/kafka/topics.yaml and the Dockerfile.
 */
class ComposeFileTest {

    /** Read by the JVM itself, not through Spring placeholders. */
    private static final Set<String> JVM_LEVEL_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private static Path repo;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;
    private static Map<String, ArchitectureDoc.Process> documented;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        repo = ArchitectureDoc.repoRoot();
        try (Reader reader = Files.newBufferedReader(repo.resolve("infra/compose.yaml"), StandardCharsets.UTF_8)) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        services = (Map<String, Map<String, Object>>) compose.get("services");
        documented = ArchitectureDoc.processes();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** Compose allows both a map and a list of KEY=VALUE. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object raw = service.get("environment");
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else {
            for (Object item : list(raw)) {
                String[] kv = String.valueOf(item).split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return env;
    }

    private static String healthcheck(Map<String, Object> service) {
        Object test = map(service.get("healthcheck")).get("test");
        return test instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : String.valueOf(test);
    }

    /**
     * The env vars a service reads: placeholders in its src/main/resources/application*.yml (which
     * must exist) and, when it builds on the service chassis, in the chassis's defaults.
     */
    static Set<String> variablesReadBy(Path repo, String module) throws IOException {
        Path resources = repo.resolve(module).resolve("src/main/resources");
        Path applicationYml = resources.resolve("application.yml");
        if (!Files.isRegularFile(applicationYml)) {
            throw new AssertionError(module + " has no " + repo.relativize(applicationYml) + " yet, so nothing says "
                    + "which env vars it reads; compose.yaml cannot be checked against it. Every service must "
                    + "read its settings there (docs/architecture.md: \"Configuration in application.yml\").");
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(resources)) {
            list.filter(p -> p.getFileName().toString().matches("application(-[\\w-]+)?\\.(yml|yaml|properties)"))
                    .forEach(files::add);
        }
        String pom = Files.readString(repo.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
        if (pom.contains("<artifactId>service-chassis</artifactId>")) {
            Path chassis = repo.resolve("infra/service-chassis/src/main/resources");
            if (Files.isDirectory(chassis)) {
                try (Stream<Path> list = Files.list(chassis)) {
                    list.filter(p -> p.getFileName().toString().matches(".*\\.(yml|yaml|properties)")).forEach(files::add);
                }
            }
        }
        Set<String> names = new TreeSet<>();
        for (Path file : files) {
            Matcher matcher = PLACEHOLDER.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @Test
    void everyServiceOfTheArchitectureIsThereWithItsPortAndExactlyTheDocumentedVariables() {
        SoftAssertions softly = new SoftAssertions();
        for (SuiteService suiteService : SuiteService.values()) {
            String module = suiteService.module();
            ArchitectureDoc.Process process = documented.get(module);
            softly.assertThat(process).as(module + " in docs/architecture.md").isNotNull();
            softly.assertThat(services).as("services of compose.yaml").containsKey(module);
            if (process == null || !services.containsKey(module)) {
                continue;
            }
            Map<String, Object> service = services.get(module);
            Map<String, String> env = environment(service);
            Set<String> names = new LinkedHashSet<>(env.keySet());
            names.removeAll(JVM_LEVEL_VARIABLES);
            softly.assertThat(names).as(module + ": env vars set in compose.yaml vs the architecture table")
                    .containsExactlyInAnyOrderElementsOf(process.envVars());
            softly.assertThat(env.get("SERVER_PORT")).as(module + " SERVER_PORT").isEqualTo(Integer.toString(process.port()));

            List<String> containerPorts = new ArrayList<>();
            list(service.get("expose")).forEach(p -> containerPorts.add(String.valueOf(p)));
            list(service.get("ports")).forEach(p -> {
                String mapping = String.valueOf(p);
                containerPorts.add(mapping.substring(mapping.lastIndexOf(':') + 1));
            });
            softly.assertThat(containerPorts).as(module + " exposed/published container ports")
                    .isNotEmpty().containsOnly(Integer.toString(process.port()));
        }
        softly.assertAll();
    }

    @Test
    void everyVariableComposeSetsIsOneTheServiceReads() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        for (SuiteService suiteService : SuiteService.values()) {
            String module = suiteService.module();
            Map<String, Object> service = services.get(module);
            if (service == null) {
                softly.fail(module + " is missing from compose.yaml");
                continue;
            }
            Set<String> read;
            try {
                read = variablesReadBy(repo, module);
            } catch (AssertionError e) {
                softly.fail(e.getMessage());
                continue;
            }
            Set<String> set = new TreeSet<>(environment(service).keySet());
            set.removeAll(JVM_LEVEL_VARIABLES);
            softly.assertThat(read).as(module + " reads (application*.yml placeholders) every variable compose sets")
                    .containsAll(set);
        }
        softly.assertAll();
    }

    @Test
    void aServiceWithoutApplicationYmlFailsTheCheckInsteadOfPassingEmpty(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("some-service/src/main/resources"));
        Files.writeString(temp.resolve("some-service/pom.xml"), "<project/>");

        assertThatThrownBy(() -> variablesReadBy(temp, "some-service"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("some-service has no some-service/src/main/resources/application.yml yet");
    }

    @Test
    void placeholdersOfTheServiceAndOfTheChassisCountAsRead(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("svc/src/main/resources"));
        Files.createDirectories(temp.resolve("infra/service-chassis/src/main/resources"));
        Files.writeString(temp.resolve("svc/pom.xml"), "<artifactId>service-chassis</artifactId>");
        Files.writeString(temp.resolve("svc/src/main/resources/application.yml"),
                "a: ${SERVER_PORT:8081}\nb: ${spring.application.name}\nc: ${MONGODB_URI}\n");
        Files.writeString(temp.resolve("svc/src/main/resources/application-prod.yml"), "d: ${SMTP_HOST:x}\n");
        Files.writeString(temp.resolve("infra/service-chassis/src/main/resources/chassis-defaults.yml"),
                "k: ${KAFKA_BOOTSTRAP_SERVERS:localhost:9092}\n");

        assertThat(variablesReadBy(temp, "svc"))
                .containsExactly("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "SERVER_PORT", "SMTP_HOST");
    }

    @Test
    void servicesReachTheInfrastructureAndEachOtherByComposeServiceName() {
        SoftAssertions softly = new SoftAssertions();
        String kafkaListener = environment(services.get("kafka")).get("KAFKA_ADVERTISED_LISTENERS");
        for (SuiteService backend : SuiteService.backends()) {
            Map<String, String> env = environment(services.get(backend.module()));
            URI mongo = URI.create(env.getOrDefault("MONGODB_URI", ""));
            softly.assertThat(mongo.getHost()).as(backend.module() + " mongo host").isEqualTo("mongo");
            softly.assertThat(mongo.getPath()).as(backend.module() + " database").isEqualTo("/" + backend.database().orElseThrow());
            softly.assertThat(mongo.getQuery()).as(backend.module() + " replica set").isEqualTo("replicaSet=rs0");
            softly.assertThat(kafkaListener).as("kafka advertises what " + backend.module() + " connects to")
                    .contains("PLAINTEXT://" + env.get("KAFKA_BOOTSTRAP_SERVERS"));
        }
        Map<String, String> gateway = environment(services.get(SuiteService.GATEWAY.module()));
        for (SuiteService backend : SuiteService.backends()) {
            softly.assertThat(gateway.get(backend.urlEnvVar())).as("gateway " + backend.urlEnvVar())
                    .isEqualTo("http://" + backend.module() + ":" + documented.get(backend.module()).port());
        }
        Map<String, String> notification = environment(services.get(SuiteService.NOTIFICATION.module()));
        softly.assertThat(notification.get("SMTP_HOST")).isEqualTo("mailpit");
        softly.assertThat(notification.get("SMTP_PORT")).isEqualTo("1025");
        softly.assertThat(notification.get("SMTP_PASSWORD")).as("a secret comes from the host environment")
                .startsWith("${SMTP_PASSWORD");
        softly.assertAll();
    }

    @Test
    void everyContainerHasAHealthCheckAndTheServicesUseTheirReadinessProbe() {
        SoftAssertions softly = new SoftAssertions();
        services.forEach((name, service) -> {
            if (!name.equals("kafka-topics")) {
                softly.assertThat(service).as(name + " healthcheck").containsKey("healthcheck");
            }
        });
        for (SuiteService suiteService : SuiteService.values()) {
            softly.assertThat(healthcheck(services.get(suiteService.module()))).as(suiteService.module())
                    .contains("/actuator/health/readiness");
        }
        String mongoCheck = healthcheck(services.get("mongo"));
        softly.assertThat(mongoCheck).contains("rs.initiate", "rs0", "mongo:27017", "isWritablePrimary");
        softly.assertThat(healthcheck(services.get("kafka"))).contains("kafka-broker-api-versions");
        softly.assertAll();
    }

    @Test
    void servicesWaitForWhatTheyNeedAndRunTheProdProfile() {
        SoftAssertions softly = new SoftAssertions();
        for (SuiteService backend : SuiteService.backends()) {
            Map<String, Object> service = services.get(backend.module());
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            softly.assertThat(map(dependsOn.get("mongo")).get("condition")).as(backend.module() + " -> mongo")
                    .isEqualTo("service_healthy");
            softly.assertThat(map(dependsOn.get("kafka")).get("condition")).as(backend.module() + " -> kafka")
                    .isEqualTo("service_healthy");
            softly.assertThat(map(dependsOn.get("kafka-topics")).get("condition")).as(backend.module() + " -> topics")
                    .isEqualTo("service_completed_successfully");
        }
        softly.assertThat(map(map(services.get("notification-service").get("depends_on")).get("mailpit")).get("condition"))
                .isEqualTo("service_healthy");
        Map<String, Object> gatewayDeps = map(services.get("gateway").get("depends_on"));
        for (SuiteService backend : SuiteService.backends()) {
            softly.assertThat(map(gatewayDeps.get(backend.module())).get("condition")).as("gateway -> " + backend.module())
                    .isEqualTo("service_healthy");
        }
        for (SuiteService suiteService : SuiteService.values()) {
            Map<String, Object> service = services.get(suiteService.module());
            softly.assertThat(list(service.get("command"))).as(suiteService.module() + " profile")
                    .contains("--spring.profiles.active=prod");
            Map<String, Object> build = map(service.get("build"));
            softly.assertThat(build.get("dockerfile")).isEqualTo("infra/docker/Dockerfile");
            softly.assertThat(repo.resolve("infra").resolve(String.valueOf(build.get("context")))
                    .resolve(String.valueOf(build.get("dockerfile"))).normalize()).as("Dockerfile from the build context")
                    .isRegularFile();
            softly.assertThat(map(build.get("args")).get("SERVICE")).isEqualTo(suiteService.module());
        }
        softly.assertAll();
    }

    @Test
    void infrastructureImagesAreMongo8ReplicaSetKafka421AndMailpit() {
        assertThat(services.get("mongo").get("image")).asString().startsWith("mongo:8");
        assertThat(list(services.get("mongo").get("command"))).containsSubsequence("--replSet", "rs0");
        assertThat(services.get("kafka").get("image")).isEqualTo("apache/kafka:4.2.1");
        assertThat(environment(services.get("kafka")).get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(services.get("mailpit").get("image")).asString().startsWith("axllent/mailpit:");
    }

    @Test
    void theTopicsContainerAppliesTopicsYamlAndTheBrokerCreatesNoOthers() {
        Map<String, Object> topics = services.get("kafka-topics");
        assertThat(topics.get("image")).isEqualTo(services.get("kafka").get("image"));
        String mount = String.valueOf(list(topics.get("volumes")).getFirst());
        String[] parts = mount.split(":");
        Path source = repo.resolve("infra").resolve(parts[0]).normalize();
        assertThat(source.resolve("topics.yaml")).isRegularFile();
        assertThat(source.resolve("create-topics.sh")).isRegularFile();
        assertThat(String.join(" ", list(topics.get("entrypoint")).stream().map(String::valueOf).toList()))
                .isEqualTo("/bin/sh " + parts[1] + "/create-topics.sh");
        assertThat(environment(topics).get("TOPICS_FILE")).isEqualTo(parts[1] + "/topics.yaml");
        assertThat(environment(topics).get("BOOTSTRAP_SERVERS"))
                .isEqualTo(environment(services.get("platform-service")).get("KAFKA_BOOTSTRAP_SERVERS"));
        assertThat(environment(services.get("kafka")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")).isEqualTo("false");
        assertThat(TopicSpec.read(source.resolve("topics.yaml"))).extracting(TopicSpec::name)
                .contains("mineaction.platform.events.v1", "mineaction.platform.delivery.v1");
    }

    @Test
    void theImageRunsThePrebuiltJarAsANonRootUserWithJvmFlagsFromTheEnvironment() throws IOException {
        String dockerfile = Files.readString(repo.resolve("infra/docker/Dockerfile"), StandardCharsets.UTF_8);
        assertThat(dockerfile).contains("ARG SERVICE", "COPY ${SERVICE}/target/${SERVICE}-exec.jar",
                "ENV JAVA_TOOL_OPTIONS=", "HEALTHCHECK", "/actuator/health/readiness");
        List<String> users = dockerfile.lines().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).isNotEmpty();
        assertThat(users.getLast()).doesNotContain("root").isNotEqualTo("USER 0").isNotEqualTo("USER 0:0");
        assertThat(repo.resolve("infra/docker/healthcheck.sh")).isExecutable();
        assertThat(Files.readString(repo.resolve("infra/docker/Dockerfile.dockerignore")))
                .contains("!*/target/*-exec.jar", "!infra/docker/healthcheck.sh");
    }
}
