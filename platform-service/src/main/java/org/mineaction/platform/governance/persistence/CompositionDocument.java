package org.mineaction.platform.governance.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The version the lead's composition edits are checked against, the snapshot last published and
 * the announcements still on their way. Who sits in which component is each member's own record.
 */
@Document(CompositionDocument.COLLECTION)
public class CompositionDocument {

    public static final String COLLECTION = "compositions";

    @Id
    private String country;
    private Map<String, List<String>> published;
    @Version
    private Long version;
    private List<OutboxMessage> outbox = new ArrayList<>();

    protected CompositionDocument() {
    }

    public static CompositionDocument of(String country, Map<String, List<String>> published,
            List<OutboxMessage> events) {
        CompositionDocument document = new CompositionDocument();
        document.country = country;
        document.published = published;
        document.outbox = new ArrayList<>(events);
        return document;
    }

    public Long version() {
        return version;
    }
}
