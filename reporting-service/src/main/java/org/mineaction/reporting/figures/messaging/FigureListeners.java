package org.mineaction.reporting.figures.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.mineaction.reporting.figures.domain.Generation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.stereotype.Component;

/**
 * The listener containers of the figures, one per generation, each in a consumer group of its own
 * ({@code reporting-service.figures} for the first, {@code reporting-service.figures.g<N>} for
 * rebuilt ones) reading the topics from the beginning when the group is new. Also measures how far
 * behind a group is (lag: records on the topics it has not processed) and how fresh the figures are
 * (from an event's time to its projection).
 */
@Component
public class FigureListeners implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FigureListeners.class);

    private final ConcurrentKafkaListenerContainerFactory<Object, Object> factory;
    private final KafkaAdmin kafkaAdmin;
    private final FigureEvents events;
    private final Clock clock;
    private final String groupPrefix;
    private final int concurrency;
    private final Timer eventToReadModel;
    private final AtomicReference<Instant> lastApplied = new AtomicReference<>();
    private final Map<Generation, ConcurrentMessageListenerContainer<Object, Object>> containers = new ConcurrentHashMap<>();
    private volatile Admin admin;

    FigureListeners(ConcurrentKafkaListenerContainerFactory<Object, Object> factory, KafkaAdmin kafkaAdmin,
            FigureEvents events, Clock clock, MeterRegistry meters,
            @Value("${spring.application.name}") String applicationName,
            @Value("${mineaction.reporting.projection.concurrency:3}") int concurrency) {
        this.concurrency = concurrency;
        this.factory = factory;
        this.kafkaAdmin = kafkaAdmin;
        this.events = events;
        this.clock = clock;
        this.groupPrefix = applicationName + ".figures";
        this.eventToReadModel = Timer.builder("reporting.projection.freshness")
                .description("From an event's time (ce_time) to the moment its figures were written")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
                .register(meters);
        meters.gauge("reporting.projection.last.event.age", List.of(), lastApplied,
                last -> last.get() == null ? Double.NaN
                        : Duration.between(last.get(), clock.instant()).toMillis() / 1000.0);
    }

    public String groupOf(Generation g) {
        return g.equals(Generation.FIRST) ? groupPrefix : groupPrefix + ".g" + g.number();
    }

    /** Starts the generation's listener; a rebuild first forgets the group's offsets so it reads from the beginning. */
    public synchronized void start(Generation g, boolean fromTheBeginning) {
        if (containers.containsKey(g)) {
            return;
        }
        String group = groupOf(g);
        if (fromTheBeginning) {
            forgetOffsets(group);
        }
        ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(
                FigureEvents.TOPICS.toArray(String[]::new));
        container.getContainerProperties().setGroupId(group);
        java.util.Properties properties = new java.util.Properties();
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        container.getContainerProperties().setKafkaConsumerProperties(properties);
        container.getContainerProperties().setMessageListener((MessageListener<String, String>) record ->
                events.handle(record, g).ifPresent(event -> {
                    Instant now = clock.instant();
                    eventToReadModel.record(Duration.between(event.time(), now).abs());
                    lastApplied.set(now);
                }));
        // One consumer per partition at most: a country's events stay on one partition, so in order.
        container.setConcurrency(concurrency);
        // The projection is idempotent: committing once per polled batch instead of after every record
        // spares the broker a round trip per event; a crash replays at most one batch, changing nothing.
        container.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        container.setBeanName("figures-g" + g.number());
        container.start();
        containers.put(g, container);
        log.info("Figures generation {} listening in group {}", g.number(), group);
    }

    public synchronized void stop(Generation g) {
        ConcurrentMessageListenerContainer<Object, Object> container = containers.remove(g);
        if (container != null) {
            container.stop();
        }
    }

    /** The generations this instance has listeners for. */
    public java.util.Set<Generation> generations() {
        return java.util.Set.copyOf(containers.keySet());
    }

    public boolean isRunning(Generation g) {
        ConcurrentMessageListenerContainer<Object, Object> container = containers.get(g);
        return container != null && container.isRunning();
    }

    /**
     * Records on the figures' topics the generation's group has not processed yet; -1 while it has
     * not committed anything on a topic that has records, i.e. has not really started.
     */
    public long lag(Generation g) {
        try {
            Admin client = admin();
            Map<String, TopicDescription> topics = new HashMap<>();
            for (String topic : FigureEvents.TOPICS) {
                try {
                    topics.putAll(client.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values().forEach(t -> t.partitions().forEach(
                    p -> latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = client.listOffsets(latest).all()
                    .get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(groupOf(g))
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                long endOffset = end.getValue().offset();
                if (done == null && endOffset > 0) {
                    return -1;
                }
                lag += Math.max(0, endOffset - (done == null ? 0 : done.offset()));
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Cannot measure the lag of figures generation {}: {}", g.number(), e.toString());
            return -1;
        }
    }

    private void forgetOffsets(String group) {
        try {
            admin().deleteConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS);
            log.info("Offsets of group {} deleted: it reads from the beginning", group);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                throw new IllegalStateException("Cannot reset the offsets of " + group, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Cannot reset the offsets of " + group, e);
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(kafkaAdmin.getConfigurationProperties());
                }
            }
        }
        return admin;
    }

    @Override
    public void destroy() {
        containers.keySet().forEach(this::stop);
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
