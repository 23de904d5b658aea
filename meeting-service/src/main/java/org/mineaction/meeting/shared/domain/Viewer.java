package org.mineaction.meeting.shared.domain;

/**
 * Who is reading: a member of the platform, and whether they organise its meetings (lead,
 * secretariat), who see everything, drafts and restricted meetings included.
 */
public record Viewer(String memberId, boolean organiser) {
}
