package org.mineaction.meeting.shared.domain;

/** An aggregate's state with the version it was read at (the ETag; a change must be based on it). */
public record Versioned<T>(T state, long version) {
}
