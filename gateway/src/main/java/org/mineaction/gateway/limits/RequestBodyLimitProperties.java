package org.mineaction.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.request-body.max-size}: the largest request body the gateway forwards (1 MiB by
 * default; {@code 1MB} in Spring's notation is 1,048,576 bytes).
 */
@ConfigurationProperties("gateway.request-body")
record RequestBodyLimitProperties(@DefaultValue("1MB") DataSize maxSize) {

    RequestBodyLimitProperties {
        if (maxSize.toBytes() <= 0 || maxSize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("gateway.request-body.max-size must be between 1 byte and 2 GiB");
        }
    }
}
