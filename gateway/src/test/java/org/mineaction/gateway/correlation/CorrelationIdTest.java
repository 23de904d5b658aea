package org.mineaction.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-123", "A.b_c-D", "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsShortInertIds(String candidate) {
        assertThat(CorrelationId.acceptOrCreate(candidate)).isEqualTo(candidate);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "semi;colon", "new\nline", "<script>", "ünïcode",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void replacesMissingOrUnsafeIdsWithAUuid(String candidate) {
        String id = CorrelationId.acceptOrCreate(candidate);

        assertThat(id).isNotEqualTo(candidate);
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    }

    @Test
    void createsADifferentIdEachTime() {
        assertThat(CorrelationId.acceptOrCreate(null)).isNotEqualTo(CorrelationId.acceptOrCreate(null));
    }
}
