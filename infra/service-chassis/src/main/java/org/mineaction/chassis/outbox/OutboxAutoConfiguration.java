package org.mineaction.chassis.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/** The transactional outbox of a producing service: factory, relay and the save hook. */
@AutoConfiguration(after = org.mineaction.chassis.config.ClockAutoConfiguration.class, afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnBean({MongoTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxMessageFactory outboxMessageFactory(JsonMapper jsonMapper, Clock clock) {
        return new OutboxMessageFactory(jsonMapper, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "mineaction.outbox.relay-enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            @Value("${spring.application.name}") String applicationName, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(mongo, kafka, properties, "/" + applicationName,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxSaveListener outboxSaveListener(OutboxRelay relay, OutboxProperties properties) {
        return new OutboxSaveListener(relay, properties.collections());
    }
}
