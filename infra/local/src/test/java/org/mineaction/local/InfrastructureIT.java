package org.mineaction.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure half of the local suite, for real and without the services: the Kafka broker
 * as a child JVM, mongo-java-server on its H2 file and GreenMail, on free ports in a temp folder;
 * then the clients a service would use against each, and restarts to show the data is on disk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureIT {

    private static final String TOPIC = "mineaction.platform.events.v1";

    @TempDir
    static Path data;

    static PortPlan ports;
    static SuiteSettings settings;
    static EmbeddedKafkaBroker kafka;
    static EmbeddedMongo mongo;
    static EmbeddedMail mail;
    static String recordValue;

    @BeforeAll
    static void startInfrastructure() {
        ports = PortPlan.randomFree();
        settings = SuiteSettings.builder(ArchitectureDoc.repoRoot()).dataDir(data).ports(ports).build();
        kafka = newBroker();
        kafka.start(() -> false);
        mongo = new EmbeddedMongo(data.resolve("mongo/data.mv"), ports.mongo(), true);
        mongo.start();
        mail = new EmbeddedMail(ports.smtp(), ports.imap(), ports.mailViewer());
        mail.start();
    }

    private static EmbeddedKafkaBroker newBroker() {
        return new EmbeddedKafkaBroker(data.resolve("kafka"), ports.kafka(), ports.kafkaController(),
                settings.javaCommand(), settings.classpath(), settings.kafkaJvmArgs(), settings.logFile("kafka"),
                settings.detachChildren());
    }

    @AfterAll
    static void stopInfrastructure() {
        if (mail != null) {
            mail.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    @Order(1)
    void theBrokerIsASeparateProcessWithACappedHeapAndFormattedStorage() {
        ProcessHandle broker = ProcessHandle.of(kafka.pid()).orElseThrow();
        assertThat(broker.isAlive()).isTrue();
        assertThat(broker.pid()).isNotEqualTo(ProcessHandle.current().pid());
        assertThat(broker.info().commandLine().orElse("")).contains("kafka.Kafka", "-Xmx256m");
        assertThat(data.resolve("kafka/data/meta.properties")).exists();
    }

    @Test
    @Order(2)
    void theTopicsOfTopicsYamlAreCreatedWithTheirPartitionsAndTheSecondRunCreatesNothing() throws Exception {
        List<TopicSpec> topics = TopicSpec.read(settings.topicsFile());

        List<String> created = EmbeddedKafkaBroker.ensureTopics(kafka.bootstrapServers(), topics);
        assertThat(created).containsExactlyInAnyOrderElementsOf(topics.stream().map(TopicSpec::name).toList());
        assertThat(EmbeddedKafkaBroker.ensureTopics(kafka.bootstrapServers(), topics)).isEmpty();

        try (Admin admin = Admin.create(EmbeddedKafkaBroker.adminConfig(kafka.bootstrapServers()))) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(
                    topics.stream().map(TopicSpec::name).toList()).allTopicNames().get(30, TimeUnit.SECONDS);
            for (TopicSpec topic : topics) {
                assertThat(descriptions.get(topic.name()).partitions()).as(topic.name()).hasSize(topic.partitions());
            }
            var config = admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "mineaction.platform.delivery.v1")))
                    .all().get(30, TimeUnit.SECONDS).values().iterator().next();
            assertThat(config.get("retention.ms").value()).isEqualTo("604800000");
        }
    }

    @Test
    @Order(3)
    void aRecordGoesThroughTheBroker() throws Exception {
        recordValue = "{\"countryCode\":\"KHM\",\"id\":\"" + UUID.randomUUID() + "\"}";
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "KHM", recordValue);
            record.headers().add("ce_type", "org.mineaction.platform.registered.v1".getBytes(StandardCharsets.UTF_8));
            sent = producer.send(record).get(30, TimeUnit.SECONDS);
        }
        assertThat(sent.offset()).isZero();

        ConsumerRecord<String, String> received = consumeOne("it-" + UUID.randomUUID());
        assertThat(received.key()).isEqualTo("KHM");
        assertThat(received.value()).isEqualTo(recordValue);
        assertThat(new String(received.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("org.mineaction.platform.registered.v1");
    }

    private static ConsumerRecord<String, String> consumeOne(String group) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return !records.isEmpty();
            });
            return records.getFirst();
        }
    }

    @Test
    @Order(4)
    void aDocumentIsWrittenAndReadWithTheMongoDriver() {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> platforms = client.getDatabase("platform").getCollection("platforms");
            platforms.insertOne(new Document("_id", "KHM").append("name", "Cambodia").append("languages", List.of("en", "km")));

            Document found = platforms.find(Filters.eq("_id", "KHM")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Cambodia");
            assertThat(found.getList("languages", String.class)).containsExactly("en", "km");
        }
    }

    @Test
    @Order(5)
    void aMailSentOverSmtpWithAnyCredentialsIsReadBackOverImapAndTheViewer() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", Integer.toString(ports.smtp()));
        props.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("platform-hub@mineaction.local"));
        message.setRecipients(Message.RecipientType.TO, "lead@example.org");
        message.setSubject("Welcome to the platform KHM");
        message.setText("Your national platform is registered.");
        Transport.send(message, "platform-hub", "any-password");

        assertThat(mail.greenMail().waitForIncomingEmail(10_000, 1)).isTrue();

        Properties imapProps = new Properties();
        imapProps.put("mail.imap.host", "localhost");
        imapProps.put("mail.imap.port", Integer.toString(ports.imap()));
        Store store = Session.getInstance(imapProps).getStore("imap");
        store.connect("lead@example.org", "whatever");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessageCount()).isEqualTo(1);
            Message read = inbox.getMessage(1);
            assertThat(read.getSubject()).isEqualTo("Welcome to the platform KHM");
            assertThat(GreenMailUtil.getBody(read)).contains("Your national platform is registered.");
            inbox.close(false);
        } finally {
            store.close();
        }

        var viewer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(mail.viewerUrl() + "messages")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("\"subject\":\"Welcome to the platform KHM\"", "lead@example.org");
    }

    @Test
    @Order(6)
    void theDocumentSurvivesAMongoRestartBecauseItIsOnDisk() {
        mongo.close();
        assertThat(data.resolve("mongo/data.mv")).isRegularFile();
        mongo = new EmbeddedMongo(data.resolve("mongo/data.mv"), ports.mongo(), true);
        mongo.start();

        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found = client.getDatabase("platform").getCollection("platforms")
                    .find(Filters.eq("_id", "KHM")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Cambodia");
        }
    }

    @Test
    @Order(7)
    void theBrokerRestartsOnItsStorageWithoutFormattingAgainAndKeepsTheRecord() throws Exception {
        String metaBefore = Files.readString(data.resolve("kafka/data/meta.properties"));
        long oldPid = kafka.pid();
        kafka.close();
        assertThat(ProcessHandle.of(oldPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        kafka = newBroker();
        kafka.start(() -> false);

        assertThat(Files.readString(data.resolve("kafka/data/meta.properties"))).isEqualTo(metaBefore);
        assertThat(Files.readString(settings.logFile("kafka"))).contains("starting kafka").doesNotContain("kafka-storage-format");
        assertThat(consumeOne("it-after-restart-" + UUID.randomUUID()).value()).isEqualTo(recordValue);
    }
}
