package org.mineaction.platform.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mineaction.chassis.outbox.OutboxMessage;
import org.mineaction.chassis.problem.ConflictException;
import org.mineaction.platform.membership.domain.EmailAddress;
import org.mineaction.platform.membership.domain.ImportRowProblem;
import org.mineaction.platform.membership.domain.Member;
import org.mineaction.platform.membership.domain.MemberCsv;
import org.mineaction.platform.membership.domain.MemberImportRules;
import org.mineaction.platform.membership.domain.MemberImportRules.Candidate;
import org.mineaction.platform.membership.domain.Organisation;
import org.mineaction.platform.membership.domain.PlatformContext;
import org.mineaction.platform.membership.domain.PlatformRole;
import org.mineaction.platform.membership.messaging.MemberEvents;
import org.mineaction.platform.membership.persistence.MemberDocument;
import org.mineaction.platform.membership.persistence.MemberRepository;
import org.mineaction.platform.membership.persistence.OrganisationDocument;
import org.mineaction.platform.membership.persistence.OrganisationRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Invites the members listed in a CSV file: every good row is kept, every bad row reported with
 * its row number, field and reason. A file that cannot be read as a whole stores nothing.
 *
 * <p>Each member is its own document with its own outbox, so each kept row is stored with its
 * events in one write; a failure half-way keeps the rows before it, and importing the same file
 * again reports those as already members instead of inviting them twice.
 */
@Service
public class MemberImport {

    private final Membership membership;
    private final OrganisationRepository organisations;
    private final MemberRepository members;
    private final MemberEvents events;
    private final Clock clock;

    MemberImport(Membership membership, OrganisationRepository organisations, MemberRepository members,
            MemberEvents events, Clock clock) {
        this.membership = membership;
        this.organisations = organisations;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public ImportReport importCsv(String country, byte[] csv) {
        return importCsv(country, csv, true);
    }

    /** @param mayInviteLeads false when the importer is not the lead: rows naming the LEAD role are reported, not kept */
    public ImportReport importCsv(String country, byte[] csv, boolean mayInviteLeads) {
        PlatformContext platform = membership.platform(country);
        String tenant = platform.country().value();
        List<MemberCsv.Row> rows = MemberCsv.parse(csv);

        Set<String> organisationKeys = rows.stream().map(row -> Organisation.nameKey(row.get("organisation")))
                .collect(Collectors.toSet());
        Map<String, Organisation> known = new HashMap<>(organisations.findByCountryAndNameKeyIn(tenant, organisationKeys)
                .stream().map(OrganisationDocument::toOrganisation)
                .collect(Collectors.toMap(o -> Organisation.nameKey(o.name()), Function.identity(), (a, b) -> a)));
        MemberImportRules.Result checked = MemberImportRules.check(rows, platform, known);

        List<ImportRowProblem> problems = new ArrayList<>(checked.problems());
        Set<String> taken = new HashSet<>();
        members.findEmailKeysTaken(tenant, checked.accepted().stream().map(c -> c.profile().email().key()).toList())
                .forEach(document -> taken.add(document.toMemberEmailKey()));

        int created = 0;
        List<Candidate> toStore = new ArrayList<>();
        List<MemberDocument> documents = new ArrayList<>();
        for (Candidate candidate : checked.accepted()) {
            if (taken.contains(candidate.profile().email().key())) {
                problems.add(alreadyMember(candidate));
                continue;
            }
            if (!mayInviteLeads && candidate.profile().role() == PlatformRole.LEAD) {
                problems.add(new ImportRowProblem(candidate.row(), "role", "only the platform's lead may invite a lead"));
                continue;
            }
            Organisation organisation = known.get(candidate.organisationKey());
            if (organisation == null) {
                organisation = createOrganisation(platform, candidate);
                known.put(candidate.organisationKey(), organisation);
                created++;
            }
            Instant now = clock.instant();
            Member member = Member.invite(platform.country(), candidate.profile().withOrganisation(organisation.id()),
                    null, now);
            List<OutboxMessage> outbox = new ArrayList<>(events.joined(member, organisation));
            try {
                outbox.add(membership.invitation(member, now));
            } catch (ConflictException signsInAsSomeoneElse) {
                problems.add(new ImportRowProblem(candidate.row(), EmailAddress.FIELD,
                        "already signs in as another member"));
                continue;
            }
            toStore.add(candidate);
            documents.add(MemberDocument.of(member, outbox));
        }
        List<ImportReport.ImportedMember> imported = store(toStore, documents, problems);
        problems.sort(Comparator.comparingLong(ImportRowProblem::row));
        return new ImportReport(rows.size(), imported, problems, created);
    }

    /**
     * Stores the members in one bulk insert, each document with its own events. Should another request
     * have invited one of the addresses meanwhile, the unique index refuses it: the rows not stored
     * are then inserted one by one and the refused ones reported.
     */
    private List<ImportReport.ImportedMember> store(List<Candidate> candidates, List<MemberDocument> documents,
            List<ImportRowProblem> problems) {
        List<ImportReport.ImportedMember> imported = new ArrayList<>();
        try {
            members.insert(documents);
            for (int i = 0; i < documents.size(); i++) {
                imported.add(new ImportReport.ImportedMember(candidates.get(i).row(), documents.get(i).id()));
            }
            return imported;
        } catch (DuplicateKeyException raced) {
            Set<String> stored = new HashSet<>();
            members.findAllById(documents.stream().map(MemberDocument::id).toList())
                    .forEach(document -> stored.add(document.id()));
            for (int i = 0; i < documents.size(); i++) {
                Candidate candidate = candidates.get(i);
                MemberDocument document = documents.get(i);
                try {
                    if (!stored.contains(document.id())) {
                        members.insert(document);
                    }
                    imported.add(new ImportReport.ImportedMember(candidate.row(), document.id()));
                } catch (DuplicateKeyException alreadyThere) {
                    membership.withdrawInvitation(document.id());
                    problems.add(alreadyMember(candidate));
                }
            }
            return imported;
        }
    }

    private Organisation createOrganisation(PlatformContext platform, Candidate candidate) {
        Organisation organisation = Organisation.create(platform.country(), candidate.organisationName(),
                candidate.category().name(), null, clock.instant());
        try {
            organisations.insert(membership.newOrganisation(organisation));
            return organisation;
        } catch (DuplicateKeyException raced) {
            // Created meanwhile by someone else: use theirs.
            return organisations.findByCountryAndNameKeyIn(platform.country().value(),
                    List.of(candidate.organisationKey())).getFirst().toOrganisation();
        }
    }

    private static ImportRowProblem alreadyMember(Candidate candidate) {
        return new ImportRowProblem(candidate.row(), EmailAddress.FIELD, "is already a member of this platform");
    }
}
