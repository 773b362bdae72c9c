package cn.huzhong.care.server.residents;

import cn.huzhong.care.core.domain.AccountStatus;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.errors.NotFoundException;
import cn.huzhong.care.server.errors.NotAllowedException;
import cn.huzhong.care.server.errors.AccountNotActiveException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whose records an account may see and act on. A resident: only themself. A carer: only residents linked to
 * them by staff. Town staff: residents of their town. District staff: everyone. Volunteers: no one (they see
 * tasks, never records). Anything else is answered 404, so a stranger learns nothing, not even existence.
 */
public final class Access {
    private final ResidentRepository residents;

    public Access(ResidentRepository residents) {
        this.residents = residents;
    }

    /** The resident, if {@code p} may act for them; otherwise 404. */
    public ResidentRow resident(Connection c, Principal p, long residentId) throws SQLException {
        requireActive(p);
        boolean allowed = switch (p.role()) {
            case RESIDENT -> p.residentId() != null && p.residentId() == residentId;
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

    /** How {@code p} acting on a resident's record is shown in timelines. */
    public static ActorKind actorKind(Principal p) {
        return switch (p.role()) {
            case RESIDENT -> ActorKind.SELF;
            case CARER -> ActorKind.CARER;
            case STAFF -> p.isDistrictStaff() ? ActorKind.DISTRICT : ActorKind.TOWN;
            case VOLUNTEER -> ActorKind.SYSTEM;
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
}
