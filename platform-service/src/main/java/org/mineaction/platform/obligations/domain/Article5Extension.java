package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;

/**
 * An extension of the Article 5 clearance deadline granted by a Meeting of the States Parties or
 * a Review Conference.
 *
 * @param decidedBy e.g. "21MSP"; optional
 */
public record Article5Extension(LocalDate previousDeadline, LocalDate newDeadline, LocalDate grantedOn,
        String decidedBy) {
}
