package org.mineaction.meeting.shared.web;

import org.mineaction.chassis.problem.NotFoundException;
import org.mineaction.chassis.security.Caller;
import org.mineaction.chassis.security.PlatformRole;
import org.mineaction.meeting.shared.domain.Viewer;

/**
 * The role table of docs/identity-and-access.md for meeting-service, in one place. Reads need a
 * role in the path's country (404 otherwise: existence is not disclosed); writes need one of the
 * named roles there (403 otherwise). Global roles (ISU, operator) see none of it.
 */
public final class Access {

    private Access() {
    }

    /** Read meetings, approved minutes, action points, commitments; answer an invitation. */
    public static void member(Caller caller, String country) {
        caller.requireMemberOf(country);
    }

    /** Writes any member of the platform may make (their own answer, their own progress): 403 for others. */
    public static void anyRole(Caller caller, String country) {
        caller.requireRole(country, PlatformRole.values());
    }

    /** Reads for organisers only (drafts, the audit trail): to anyone else they do not exist (404). */
    public static void organiserReads(Caller caller, String country) {
        if (!isOrganiser(caller, country)) {
            throw new NotFoundException("Nothing to show here for your role on platform " + country);
        }
    }

    /** Schedule, agenda, invite, attendance, outcomes, action points, minutes draft and submit. */
    public static void organiser(Caller caller, String country) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
    }

    /** Approve or return minutes. */
    public static void lead(Caller caller, String country) {
        caller.requireRole(country, PlatformRole.LEAD);
    }

    /** Record commitments. */
    public static void commitments(Caller caller, String country) {
        caller.requireRole(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT, PlatformRole.CHAMPION);
    }

    public static boolean isOrganiser(Caller caller, String country) {
        return caller.hasAnyIn(country, PlatformRole.LEAD, PlatformRole.SECRETARIAT);
    }

    /** Who reads: for meetings restricted to listed participants, only they and the organisers see it. */
    public static Viewer viewer(Caller caller, String country) {
        member(caller, country);
        return new Viewer(caller.subject(), isOrganiser(caller, country));
    }
}
