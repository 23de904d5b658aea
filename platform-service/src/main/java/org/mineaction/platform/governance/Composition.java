package org.mineaction.platform.governance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mineaction.chassis.problem.InvalidInputException;
import org.mineaction.platform.governance.messaging.GovernanceEvents;
import org.mineaction.platform.governance.persistence.CompositionDocument;
import org.mineaction.platform.governance.persistence.CompositionRepository;
import org.mineaction.platform.membership.Membership;
import org.mineaction.platform.membership.domain.PlatformComponent;
import org.mineaction.platform.support.domain.Enums;
import org.mineaction.platform.support.persistence.OptimisticLocking;
import org.mineaction.platform.support.persistence.OutboxWrites;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The four components of a platform (political, technical, participatory, resource mobilisation)
 * and who sits in each. Each member's record says which components they are in; the lead sets the
 * whole composition at once, which updates the members concerned (MemberUpdated each) and then
 * publishes the new snapshot (PlatformCompositionChanged).
 */
@Service
public class Composition {

    public static final int MAX_PER_COMPONENT = 5_000;

    private final Membership membership;
    private final CompositionRepository compositions;
    private final GovernanceEvents events;
    private final OutboxWrites writes;
    private final Clock clock;

    Composition(Membership membership, CompositionRepository compositions, GovernanceEvents events,
            OutboxWrites writes, Clock clock) {
        this.membership = membership;
        this.compositions = compositions;
        this.events = events;
        this.writes = writes;
        this.clock = clock;
    }

    /** Component to the ids of the members in it (sorted), every component present, and the version to edit it at. */
    public record Snapshot(Map<PlatformComponent, List<String>> components, long version) {

        public Map<String, List<String>> byName() {
            Map<String, List<String>> names = new LinkedHashMap<>();
            components.forEach((component, ids) -> names.put(component.name(), ids));
            return names;
        }
    }

    public Snapshot get(String country) {
        String platform = membership.platform(country).country().value();
        return new Snapshot(current(platform), document(platform).version());
    }

    /**
     * Sets every component's members; a component left out is emptied. Every id must be a member of
     * this platform who has not left (400 otherwise, nothing changed); a stale version is 409.
     */
    public Snapshot set(String country, Long version, Map<String, List<String>> wanted) {
        String platform = membership.platform(country).country().value();
        Map<PlatformComponent, Set<String>> requested = parse(wanted);
        Map<String, Set<PlatformComponent>> members = membership.componentsOfCurrentMembers(platform);
        requested.forEach((component, ids) -> {
            for (String id : ids) {
                if (!members.containsKey(id)) {
                    throw new InvalidInputException("components." + component.name(),
                            "'" + id + "' is no current member of this platform");
                }
            }
        });
        CompositionDocument stored = document(platform);
        OptimisticLocking.require(version, stored.version());
        members.forEach((memberId, held) -> {
            Set<PlatformComponent> should = EnumSet.noneOf(PlatformComponent.class);
            requested.forEach((component, ids) -> {
                if (ids.contains(memberId)) {
                    should.add(component);
                }
            });
            if (!should.equals(held.isEmpty() ? EnumSet.noneOf(PlatformComponent.class) : EnumSet.copyOf(held))) {
                membership.assignComponents(platform, memberId, should);
            }
        });
        // After the members: a crash in between leaves them changed and announced one by one; asking
        // again (the same composition) publishes the snapshot.
        Map<PlatformComponent, List<String>> now = current(platform);
        Snapshot snapshot = new Snapshot(now, stored.version() + 1);
        writes.update(platform, stored.version(), CompositionDocument.of(platform, snapshot.byName(), List.of()),
                List.of(events.compositionChanged(platform, snapshot.byName(), snapshot.version(), clock.instant())),
                null);
        return snapshot;
    }

    private Map<PlatformComponent, List<String>> current(String platform) {
        Map<PlatformComponent, List<String>> components = new EnumMap<>(PlatformComponent.class);
        for (PlatformComponent component : PlatformComponent.values()) {
            components.put(component, new ArrayList<>());
        }
        membership.componentsOfCurrentMembers(platform).forEach((memberId, held) -> held
                .forEach(component -> components.get(component).add(memberId)));
        components.replaceAll((component, ids) -> List.copyOf(new TreeSet<>(ids)));
        return components;
    }

    private static Map<PlatformComponent, Set<String>> parse(Map<String, List<String>> wanted) {
        if (wanted == null) {
            throw new InvalidInputException("components", "name the members of each component");
        }
        Map<PlatformComponent, Set<String>> requested = new EnumMap<>(PlatformComponent.class);
        wanted.forEach((name, ids) -> {
            PlatformComponent component = Enums.parse(PlatformComponent.class, "components", name, true);
            List<String> list = ids == null ? List.of() : ids;
            if (list.size() > MAX_PER_COMPONENT) {
                throw new InvalidInputException("components." + component.name(),
                        "at most " + MAX_PER_COMPONENT + " members");
            }
            Set<String> set = new TreeSet<>();
            for (String id : list) {
                if (id == null || id.isBlank() || id.length() > 64) {
                    throw new InvalidInputException("components." + component.name(), "must list member ids");
                }
                set.add(id.strip());
            }
            requested.merge(component, set, (a, b) -> {
                a.addAll(b);
                return a;
            });
        });
        return requested;
    }

    private CompositionDocument document(String platform) {
        return compositions.findById(platform).orElseGet(() -> {
            try {
                return compositions.insert(CompositionDocument.of(platform, null, List.of()));
            } catch (DuplicateKeyException raced) {
                return compositions.findById(platform).orElseThrow();
            }
        });
    }
}
