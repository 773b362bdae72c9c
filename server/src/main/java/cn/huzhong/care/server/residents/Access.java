package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.errors.AccountNotActiveException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.NotFoundException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whose records an account may see, and as whom it may act. Seeing is not acting:
 * <ul>
 *   <li><b>see</b> a resident's records: the resident, a carer linked to them by staff, staff of their town, district
 *   staff. Anyone else is answered 404, so a stranger learns nothing, not even existence. Volunteers see no
 *   records (only the tasks they accepted).</li>
 *   <li><b>act as the person</b> (rate a service, cancel their own request or booking, book, write to the hotline,
 *   rate or complain about a volunteer's help, ask for a correction or deletion of their data): the resident or a
 *   linked carer only. Staff who may see the record get a 403 that says only the person or their carer can do this.</li>
 *   <li><b>act for the person</b>: as above, or staff on the person's behalf where the spec says so — filing a
 *   subsidy application (the town single window takes applications from a guardian or the community) and recording
 *   a service request (一问: the office asks the person's needs in person or by phone, 我帮办·上门办). Every such
 *   write by staff or a carer is in the audit trail (see {@code AuditLog.onBehalf}).</li>
 *   <li><b>act as staff</b> on a resident's records: staff of the resident's town, district staff.</li>
 * </ul>
 */
public final class Access {
    private final ResidentRepository residents;

    public Access(ResidentRepository residents) {
        this.residents = residents;
    }

    /** The resident, if {@code p} may see their records; otherwise 404. */
    public ResidentRow see(Connection c, Principal p, long residentId) throws SQLException {
        requireActive(p);
        boolean allowed = switch (p.role()) {
            case RESIDENT -> isSelf(p, residentId);
            case CARER -> residents.link(c, p.accountId(), residentId).isPresent();
            case STAFF -> true; // decided below, once the town is known
            case VOLUNTEER -> false;
        };
        if (!allowed) {
            throw new NotFoundException();
        }
        ResidentRow row = residents.byId(c, residentId).orElseThrow(NotFoundException::new);
        if (p.isStaff() && !p.staffCovers(row.town())) {
            throw new NotFoundException();
        }
        return row;
    }

    /** The resident, if {@code p} is the resident or a linked carer: 403 for staff who may see them, else 404. */
    public ResidentRow actAsPerson(Connection c, Principal p, long residentId) throws SQLException {
        ResidentRow row = see(c, p, residentId);
        if (p.isStaff()) {
            throw new NotAllowedException("problem.onlyThePerson.detail");
        }
        return row;
    }

    /**
     * The resident, if {@code p} may act as the person or is staff of their town filing on their behalf (subsidy
     * applications and service requests only). The caller writes staff and carer actions to the audit trail.
     */
    public ResidentRow actForPerson(Connection c, Principal p, long residentId) throws SQLException {
        return see(c, p, residentId);
    }

    /** The resident, if {@code p} is staff of their town or district staff: 403 for the person and carers, else 404. */
    public ResidentRow actAsStaff(Connection c, Principal p, long residentId) throws SQLException {
        ResidentRow row = see(c, p, residentId);
        if (!p.isStaff()) {
            throw new NotAllowedException();
        }
        return row;
    }

    /** Staff action on something in {@code town}: 404 when the town is not theirs (as if it did not exist). */
    public static void requireStaffOf(Principal p, Town town) {
        requireStaff(p);
        if (!p.staffCovers(town)) {
            throw new NotFoundException();
        }
    }

    private static boolean isSelf(Principal p, long residentId) {
        return p.residentId() != null && p.residentId() == residentId;
    }

    /** How {@code p} acting on a resident's record is shown in timelines. */
    public static ActorKind actorKind(Principal p) {
        return switch (p.role()) {
            case RESIDENT -> ActorKind.SELF;
            case CARER -> ActorKind.CARER;
            case STAFF -> p.isDistrictStaff() ? ActorKind.DISTRICT : ActorKind.TOWN;
            case VOLUNTEER -> ActorKind.VOLUNTEER;
        };
    }

    public static void requireActive(Principal p) {
        if (p.status() != AccountStatus.ACTIVE) {
            throw new AccountNotActiveException();
        }
    }

    public static void requireStaff(Principal p) {
        requireActive(p);
        if (!p.isStaff()) {
            throw new NotAllowedException();
        }
    }

    /** An active, verified volunteer. */
    public static void requireVolunteer(Principal p) {
        if (p.role() != Role.VOLUNTEER) {
            requireActive(p);
            throw new NotAllowedException("problem.volunteersOnly.detail");
        }
        requireActive(p);
    }
}
