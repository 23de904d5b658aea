package org.mineaction.chassis.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.mineaction.chassis.cloudevents.CloudEventHeaders;
import org.mineaction.chassis.correlation.CorrelationId;
import org.springframework.kafka.listener.RecordInterceptor;

/** Carries the event's correlation id into the consumer's log lines and into the events it causes. */
public class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(CloudEventHeaders.CORRELATION_ID);
        String candidate = header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        CorrelationId.set(CorrelationId.acceptOrCreate(candidate));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        CorrelationId.clear();
    }
}
