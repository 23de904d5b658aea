package org.mineaction.chassis.messaging;

import org.apache.kafka.common.TopicPartition;
import org.mineaction.catalogue.EventCatalogue;
import org.mineaction.chassis.cloudevents.MalformedEventException;
import org.mineaction.chassis.problem.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/** One failure policy and correlation handling for every listener of a service. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnBean(KafkaTemplate.class)
@EnableConfigurationProperties(ListenerFailurePolicy.class)
public class ChassisKafkaAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChassisKafkaAutoConfiguration.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, ListenerFailurePolicy policy) {
        // Partition -1: let the producer choose, so the dead-letter topic need not mirror partitions.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> {
                    log.error("Parking record {}-{}@{} on the dead-letter topic: {}", record.topic(),
                            record.partition(), record.offset(), rootCauseOf(exception));
                    return new TopicPartition(EventCatalogue.Topics.deadLetterOf(record.topic()), -1);
                });
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(policy.maxRetries());
        backOff.setInitialInterval(policy.initialInterval().toMillis());
        backOff.setMultiplier(policy.multiplier());
        backOff.setMaxInterval(policy.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // Retrying cannot fix a record that is malformed or breaks a rule: park it at once.
        handler.addNotRetryableExceptions(MalformedEventException.class, InvalidInputException.class,
                tools.jackson.core.JacksonException.class, IllegalArgumentException.class);
        return handler;
    }

    private static String rootCauseOf(Exception exception) {
        // The listener's own exception is wrapped by Spring; the operator needs the reason itself.
        Throwable cause = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(exception);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Bean
    CorrelationRecordInterceptor correlationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }
}
