package cn.huzhong.care.server.audit;

import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.domain.Role;
import cn.huzhong.care.core.domain.Town;
import cn.huzhong.care.server.auth.Principal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who did what to which record, when, with the state before and after (F13): every staff action and every write
 * made on a person's behalf (by a carer, or by staff where the spec allows it). Written in the same transaction as
 * the change it records, so the log and the data never disagree. Each entry names the resident it is about and the
 * town, so staff can list it by resident, by staff member and by date, town staff only their own town's.
 * States are small JSON objects, never a full certificate number or phone number. Append-only: nothing updates or
 * deletes an entry, and the API offers only reading.
 */
public final class AuditLog {
    private final AuditRepository entries;

    public AuditLog(AuditRepository entries) {
        this.entries = entries;
    }

    public AuditLog() {
        this(new AuditRepository());
    }

    /**
     * What changed: an action ({@code task.assign}), the record ({@code help_task} 12), the resident it is about and
     * their town, and the states before and after (null before = created; null after = removed).
     */
    public record Change(String action, String entity, Long entityId, Long residentId, Town town, String before,
                         String after) {
        public static Change of(String action, String entity, Long entityId) {
            return new Change(action, entity, entityId, null, null, null, null);
        }

        public Change about(long resident, Town residentTown) {
            return new Change(action, entity, entityId, resident, residentTown, before, after);
        }

        public Change in(Town t) {
            return new Change(action, entity, entityId, residentId, t, before, after);
        }

        public Change states(String b, String a) {
            return new Change(action, entity, entityId, residentId, town, b, a);
        }
    }

    /** Records a change made by {@code actor}. Entries without a town are the district's (town staff do not see them). */
    public void record(Connection c, long at, Principal actor, Change change) throws SQLException {
        Town town = change.town() != null ? change.town() : actor.isStaff() && !actor.isDistrictStaff() ? actor.town() : null;
        entries.insert(c, at, actor.accountId(), change.action(), change.entity(), change.entityId(), change.residentId(),
                town, change.before(), change.after());
    }

    /** Records a write on a resident's records when someone other than the resident made it (a carer, or staff). */
    public void onBehalf(Connection c, long at, Principal actor, Change change) throws SQLException {
        if (actor.role() != Role.RESIDENT) {
            record(c, at, actor, change);
        }
    }

    /** A state as a small JSON object from key, value pairs: {@code state("status", "OPEN", "volunteer", 7)}. */
    public static String state(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key, value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            m.put(String.valueOf(keyValues[i]), v instanceof Enum<?> e ? e.name() : v);
        }
        return Json.gson().toJson(m);
    }
}
