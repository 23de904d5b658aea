package org.mineaction.catalogue;

/**
 * Names of the topics and CloudEvent types in {@code catalogue/asyncapi.yaml}.
 *
 * <p>Only names are shared: every consumer owns the DTO it reads an event into, so a producer can
 * add fields without breaking anyone.
 */
public final class EventCatalogue {

    /** Classpath folder of the JSON Schemas, one file per event type. */
    public static final String SCHEMA_FOLDER = "catalogue/schemas/";

    /** Classpath folder of the example payloads consumer tests read. */
    public static final String EXAMPLE_FOLDER = "catalogue/examples/";

    /** Base of every {@code ce_dataschema}; the file name follows. */
    public static final String SCHEMA_BASE_URI = "https://mineaction.org/catalogue/schemas/";

    public static final class Topics {
        public static final String PLATFORM_EVENTS = "mineaction.platform.events.v1";
        public static final String PLATFORM_DELIVERY = "mineaction.platform.delivery.v1";
        /** What became of notifications (sent, failed), without contact data: reporting. */
        public static final String NOTIFICATION_EVENTS = "mineaction.notification.events.v1";
        /** Meetings, invitations and RSVP, minutes, outcomes, action points, commitments (no contact data): notification, reporting. */
        public static final String MEETING_EVENTS = "mineaction.meeting.events.v1";

        /** Where a consumer's error handler parks what it could not process. */
        public static String deadLetterOf(String topic) {
            return topic + ".DLT";
        }

        private Topics() {
        }
    }

    /** CloudEvent {@code ce_type} values and the schema file that describes each. */
    public enum Type {
        PLATFORM_REGISTERED("org.mineaction.platform.registered.v1", "platform-registered.v1.json"),
        PLATFORM_REGISTERED_DELIVERY("org.mineaction.platform.registered.delivery.v1",
                "platform-registered-delivery.v1.json"),
        NOTIFICATION_SENT("org.mineaction.notification.sent.v1", "notification-sent.v1.json"),
        NOTIFICATION_FAILED("org.mineaction.notification.failed.v1", "notification-failed.v1.json"),
        MEMBER_JOINED("org.mineaction.platform.member.joined.v1", "member-joined.v1.json"),
        MEMBER_JOINED_DELIVERY("org.mineaction.platform.member.joined.delivery.v1",
                "member-joined-delivery.v1.json"),
        MEMBER_UPDATED("org.mineaction.platform.member.updated.v1", "member-updated.v1.json"),
        MEMBER_UPDATED_DELIVERY("org.mineaction.platform.member.updated.delivery.v1",
                "member-updated-delivery.v1.json"),
        MEMBER_LEFT("org.mineaction.platform.member.left.v1", "member-left.v1.json"),
        MEMBER_LEFT_DELIVERY("org.mineaction.platform.member.left.delivery.v1", "member-left-delivery.v1.json"),
        MEMBER_ERASED("org.mineaction.platform.member.erased.v1", "member-erased.v1.json"),
        MEMBER_ERASED_DELIVERY("org.mineaction.platform.member.erased.delivery.v1",
                "member-erased-delivery.v1.json"),
        MEMBER_INVITED_DELIVERY("org.mineaction.platform.member.invited.delivery.v1",
                "member-invited-delivery.v1.json"),
        PLATFORM_UPDATED("org.mineaction.platform.updated.v1", "platform-updated.v1.json"),
        PLATFORM_COMPOSITION_CHANGED("org.mineaction.platform.composition.changed.v1",
                "platform-composition-changed.v1.json"),
        CHAMPION_ROTATED("org.mineaction.platform.champion.rotated.v1", "platform-champion-rotated.v1.json"),
        OBLIGATION_CHANGED("org.mineaction.platform.obligation.changed.v1", "platform-obligation-changed.v1.json"),
        ARTICLE7_REPORT_SUBMITTED("org.mineaction.platform.article7.submitted.v1",
                "platform-article7-submitted.v1.json"),
        ORGANISATION_REGISTERED("org.mineaction.platform.organisation.registered.v1",
                "organisation-registered.v1.json"),
        ORGANISATION_UPDATED("org.mineaction.platform.organisation.updated.v1", "organisation-updated.v1.json"),
        MEETING_SCHEDULED("org.mineaction.meeting.scheduled.v1", "meeting-scheduled.v1.json"),
        MEETING_RESCHEDULED("org.mineaction.meeting.rescheduled.v1", "meeting-rescheduled.v1.json"),
        MEETING_CANCELLED("org.mineaction.meeting.cancelled.v1", "meeting-cancelled.v1.json"),
        MEETING_INVITATIONS_ISSUED("org.mineaction.meeting.invitations.issued.v1", "meeting-invitations-issued.v1.json"),
        MEETING_RSVP_RECORDED("org.mineaction.meeting.rsvp.recorded.v1", "meeting-rsvp-recorded.v1.json"),
        MEETING_HELD("org.mineaction.meeting.held.v1", "meeting-held.v1.json"),
        MEETING_MINUTES_SUBMITTED("org.mineaction.meeting.minutes.submitted.v1", "meeting-minutes-submitted.v1.json"),
        MEETING_MINUTES_RETURNED("org.mineaction.meeting.minutes.returned.v1", "meeting-minutes-returned.v1.json"),
        MEETING_MINUTES_APPROVED("org.mineaction.meeting.minutes.approved.v1", "meeting-minutes-approved.v1.json"),
        MEETING_OUTCOME_RECORDED("org.mineaction.meeting.outcome.recorded.v1", "meeting-outcome-recorded.v1.json"),
        ACTION_POINT_ASSIGNED("org.mineaction.meeting.action-point.assigned.v1",
                "meeting-action-point-assigned.v1.json"),
        ACTION_POINT_STATUS_CHANGED("org.mineaction.meeting.action-point.status-changed.v1",
                "meeting-action-point-status-changed.v1.json"),
        COMMITMENT_RECORDED("org.mineaction.meeting.commitment.recorded.v1", "meeting-commitment-recorded.v1.json");

        private final String ceType;
        private final String schemaFile;

        Type(String ceType, String schemaFile) {
            this.ceType = ceType;
            this.schemaFile = schemaFile;
        }

        public String ceType() {
            return ceType;
        }

        public String schemaFile() {
            return schemaFile;
        }

        public String dataSchemaUri() {
            return SCHEMA_BASE_URI + schemaFile;
        }

        public static Type ofCeType(String ceType) {
            for (Type type : values()) {
                if (type.ceType.equals(ceType)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("Not in the event catalogue: " + ceType);
        }
    }

    private EventCatalogue() {
    }
}
