package org.mineaction.platform.obligations.domain;

import java.time.LocalDate;

/**
 * A session of the individualised approach (the Committee's dialogue with one State on its
 * challenges and needs).
 *
 * @param meetingId the platform meeting (meeting-service) it was held at, if any
 */
public record IndividualisedApproachSession(String sessionId, LocalDate heldOn, String title, String meetingId) {
}
